using System.Linq;
using System.Xml.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Module;

/// <summary>LiveAccess.Format.ps1xml: a table view for every output type, whose columns name real properties.</summary>
public sealed class FormatViewTests
{
    private static readonly XDocument Views = XDocument.Load(RepositoryLayout.FormatFile);
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    private static System.Collections.Generic.IEnumerable<XElement> ViewsOf(string type) =>
        Views.Descendants("View").Where(v => v.Element("ViewSelectedBy")!.Elements("TypeName").Any(t => t.Value.Trim() == type));

    [Fact]
    public void Every_output_type_of_the_module_has_a_default_table_view()
    {
        var types = _surface.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t.StartsWith("LiveAccess.")).Distinct().ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var first = ViewsOf(type).FirstOrDefault();
            Assert.True(first is not null, type + " has no view");
            Assert.NotNull(first!.Element("TableControl"));
        }
    }

    [Fact]
    public void The_objects_inside_results_have_views_too()
    {
        foreach (var type in new[] { "LiveAccess.MatchedPlan", "LiveAccess.ResultMessage", "LiveAccess.ResultSource", "LiveAccess.RuleFileProblem" })
            Assert.NotEmpty(ViewsOf(type));
    }

    [Fact]
    public void Columns_match_headers_and_name_existing_properties()
    {
        foreach (var view in Views.Descendants("View"))
        {
            var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value.Trim();
            var type = _surface.Types.SingleOrDefault(t => t.FullName == typeName);
            Assert.True(type is not null, typeName + " does not exist");
            var properties = type!.GetProperties().Select(p => p.Name).ToHashSet();
            var table = view.Element("TableControl")!;
            var headers = table.Element("TableHeaders")!.Elements("TableColumnHeader").ToList();
            var items = table.Descendants("TableColumnItem").ToList();
            Assert.Equal(headers.Count, items.Count);
            foreach (var name in items.Select(i => i.Element("PropertyName")?.Value.Trim()).OfType<string>())
                Assert.True(properties.Contains(name), $"{typeName}: no property {name}");
            foreach (var group in view.Elements("GroupBy").Select(g => g.Element("PropertyName")?.Value.Trim()).OfType<string>())
                Assert.True(properties.Contains(group), $"{typeName}: cannot group by {group}");
        }
    }

    [Fact]
    public void Default_views_fit_120_columns()
    {
        foreach (var view in Views.Descendants("View"))
        {
            var widths = view.Descendants("TableColumnHeader").Select(h => (int?)h.Element("Width")).ToList();
            var fixedWidth = widths.Sum(w => w ?? 0) + widths.Count - 1;
            Assert.True(fixedWidth <= 110, $"{view.Element("Name")!.Value}: fixed columns take {fixedWidth} of 120");
            Assert.True(widths.Count(w => w is null) <= 1, "at most one column takes the rest");
        }
    }
}
