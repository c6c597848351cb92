using System;
using System.Collections.Generic;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The rule set as two tables: which category opens which plan in which scenario (category ×
/// plan), and which plans each scenario can open and by what (scenario × plan: categories, an
/// entity type, or always). Plans are grouped by vendor. Built from a <see cref="RuleSet"/>, so a
/// user's rule file shows up here exactly as it decides.
/// </summary>
public sealed class CategoryMatrix
{
    internal CategoryMatrix(RuleSet rules, IReadOnlyList<MatrixVendor> vendors, IReadOnlyList<MatrixPlan> plans,
        IReadOnlyList<CategoryRow> categories, IReadOnlyList<ScenarioRow> scenarios)
    {
        RuleSetVersion = rules.Version;
        Title = rules.Title;
        Origin = rules.Origin;
        Sources = rules.Sources;
        Vendors = vendors;
        Plans = plans;
        Categories = categories;
        Scenarios = scenarios;
    }

    /// <summary>Builds the matrix of a rule set.</summary>
    public static CategoryMatrix Build(RuleSet rules) => CategoryMatrixBuilder.Build(rules ?? throw new ArgumentNullException(nameof(rules)));

    /// <summary>The rule set's version.</summary>
    public string RuleSetVersion { get; }
    /// <summary>The rule set's title.</summary>
    public LocalizedText Title { get; }
    /// <summary><c>default</c> or the rule file's path.</summary>
    public string Origin { get; }
    /// <summary>The documents the rules rest on.</summary>
    public IReadOnlyList<RuleSource> Sources { get; }
    /// <summary>Vendors with their plans (column groups).</summary>
    public IReadOnlyList<MatrixVendor> Vendors { get; }
    /// <summary>Every plan, in column order (vendor by vendor).</summary>
    public IReadOnlyList<MatrixPlan> Plans { get; }
    /// <summary>Category rows, in catalogue order (every category, also those that open nothing).</summary>
    public IReadOnlyList<CategoryRow> Categories { get; }
    /// <summary>Scenario rows, in rule-set order.</summary>
    public IReadOnlyList<ScenarioRow> Scenarios { get; }
}
