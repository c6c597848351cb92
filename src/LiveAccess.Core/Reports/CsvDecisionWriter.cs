using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;

namespace LiveAccess.Core.Reports;

/// <summary>
/// One CSV record per decision, for spreadsheets and scripts. Columns (English, stable):
/// AppId, Name, EntityType, Scenario, Outcome, Eligible, Plans (ids joined by <c>;</c>),
/// Reasons, Remediations, Warnings (messages joined by <c> | </c>), RuleSetVersion.
/// Cells a spreadsheet would run as a formula are neutralised (<see cref="CsvCells"/>).
/// </summary>
/// <remarks>
/// Built for millions of rows: everything a record takes from its verdict (scenario to
/// remediations, and the warnings when the program adds none) is rendered once per verdict and
/// reused, many programs sharing each verdict; on a UTF-8 stream it is written as bytes kept
/// encoded, through one large buffer.
/// </remarks>
public sealed class CsvDecisionWriter : IDecisionWriter
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "AppId", "Name", "EntityType", "Scenario", "Outcome", "Eligible", "Plans",
        "Reasons", "Remediations", "Warnings", "RuleSetVersion",
    };

    /// <summary>Separator between plan ids in the Plans cell.</summary>
    public const char PlanSeparator = ';';
    /// <summary>Separator between messages in the Reasons, Remediations and Warnings cells.</summary>
    public const string MessageSeparator = " | ";

    private const int MaxCachedVerdicts = 16 * 1024;
    private readonly ReportContext _context;
    private readonly StringWriter _cell = new(CultureInfo.InvariantCulture);
    private readonly StringBuilder _join = new();
    private readonly Dictionary<Verdict, VerdictCells> _verdicts = new(SameVerdict.Instance);
    private readonly IdentityMemo<Verdict, VerdictCells> _recentVerdicts = new(4096);
    private readonly string?[] _entities = new string?[5];
    private readonly byte[]?[] _entityBytes = new byte[]?[5];
    private Utf8Output? _bytes;
    private string? _version;
    private string _versionTail = string.Empty;
    private byte[] _versionTailBytes = Array.Empty<byte>();
    private bool _headerWritten;
    private MiniProgram? _program;
    private string _appId = string.Empty;
    private string _name = string.Empty;

    /// <summary>Creates the writer.</summary>
    public CsvDecisionWriter(ReportContext context) =>
        _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        WriteHeader();
        var verdict = CellsOf(decision.Verdict);
        if (!ReferenceEquals(decision.Program, _program))
        {
            // A program without a scenario has one decision per scenario: its cells are rendered once.
            _program = decision.Program;
            _appId = Cell(decision.AppId);
            _name = Cell(decision.Name);
        }
        var appId = _appId;
        var name = _name;
        var warnings = decision.Program.Warnings.Count == 0 ? null : Cell(JoinMessages(decision.Warnings));
        if (!ReferenceEquals(decision.RuleSetVersion, _version)) SetVersion(decision.RuleSetVersion);
        if (_bytes is { } bytes)
        {
            bytes.Write(appId);
            bytes.Write((byte)',');
            bytes.Write(name);
            bytes.Write((byte)',');
            bytes.Write(EntityBytes(decision.EntityType));
            bytes.Write(verdict.MiddleBytes);
            if (warnings is null) bytes.Write(verdict.WarningsBytes);
            else bytes.Write(warnings);
            bytes.Write(_versionTailBytes);
            return;
        }
        var output = _context.Output;
        output.Write(appId);
        output.Write(',');
        output.Write(name);
        output.Write(',');
        output.Write(EntityText(decision.EntityType));
        output.Write(verdict.Middle);
        output.Write(warnings ?? verdict.Warnings);
        output.Write(_versionTail);
    }

    /// <summary>
    /// A shortcut that answers the plain lines of a UTF-8 CSV inventory for <paramref name="run"/>
    /// and writes their records here, as <see cref="WriteDecision"/> would (give it to the reader
    /// through <see cref="InventoryOptions.Shortcut"/>; the records it declines come to this
    /// writer as usual, in their place). Null when this report is not written as UTF-8 bytes.
    /// Writes the header now.
    /// </summary>
    public CsvReportShortcut? Shortcut(DecisionRun run, GatePolicy? gate)
    {
        if (run is null) throw new ArgumentNullException(nameof(run));
        WriteHeader();
        if (_bytes is null) return null;
        // Records come out of a shortcut fast enough for the kernel's copy to matter: on another thread.
        _bytes.WriteBehind();
        return new CsvReportShortcut(this, run, gate);
    }

    /// <summary>
    /// A record from its parts, as <see cref="WriteDecision"/> writes it for a decision of a program
    /// whose record starts with <paramref name="head"/> (its AppId and Name cells, with the comma
    /// between them), of this entity type and verdict: <paramref name="warningsCell"/> when the
    /// program has warnings of its own (<see cref="WarningsCell"/>), else null.
    /// </summary>
    internal void WriteTaken(ReadOnlySpan<byte> head, EntityType entityType, Verdict verdict, byte[]? warningsCell, string ruleSetVersion)
    {
        var cells = CellsOf(verdict);
        if (!ReferenceEquals(ruleSetVersion, _version)) SetVersion(ruleSetVersion);
        var bytes = _bytes!;
        bytes.Write(head);
        bytes.Write((byte)',');
        bytes.Write(EntityBytes(entityType));
        bytes.Write(cells.MiddleBytes);
        bytes.Write(warningsCell ?? cells.WarningsBytes);
        bytes.Write(_versionTailBytes);
    }

    /// <summary>
    /// What <see cref="WriteTaken(ReadOnlySpan{byte}, EntityType, Verdict, byte[], string)"/>
    /// writes after the Name cell, as one array: for a caller that writes it for many records. The
    /// array has <paramref name="spare"/> bytes more at its end, zero, for the caller's own use.
    /// </summary>
    internal byte[] Tail(EntityType entityType, Verdict verdict, byte[]? warningsCell, string ruleSetVersion, int spare = 0)
    {
        var cells = CellsOf(verdict);
        if (!ReferenceEquals(ruleSetVersion, _version)) SetVersion(ruleSetVersion);
        var entity = EntityBytes(entityType);
        var warnings = warningsCell ?? cells.WarningsBytes;
        var tail = new byte[1 + entity.Length + cells.MiddleBytes.Length + warnings.Length + _versionTailBytes.Length + spare];
        tail[0] = (byte)',';
        var at = 1;
        foreach (var part in new[] { entity, cells.MiddleBytes, warnings, _versionTailBytes })
        {
            Buffer.BlockCopy(part, 0, tail, at, part.Length);
            at += part.Length;
        }
        return tail;
    }

    /// <summary>A record of <paramref name="head"/> (its AppId and Name cells) and the first <paramref name="tailLength"/> bytes of <paramref name="tail"/> (the cells after, from <see cref="Tail"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteTaken(ReadOnlySpan<byte> head, byte[] tail, int tailLength) => _bytes!.Write(head, tail, tailLength);

    private byte[] EntityBytes(EntityType entityType)
    {
        var entity = (int)entityType;
        return (uint)entity < (uint)_entityBytes.Length
            ? _entityBytes[entity] ??= Encoding.UTF8.GetBytes(EntityText(entityType))
            : Encoding.UTF8.GetBytes(EntityText(entityType));
    }

    /// <summary>The EntityType cell (the contract's five rendered once each).</summary>
    private string EntityText(EntityType entityType)
    {
        var entity = (int)entityType;
        return (uint)entity < (uint)_entities.Length ? _entities[entity] ??= Cell(entityType.Id()) : Cell(entityType.Id());
    }

    /// <summary>The Warnings cell of a decision whose program warns of its own (<see cref="Decision.Warnings"/>: the program's, then the verdict's).</summary>
    internal byte[] WarningsCell(IReadOnlyList<Message> programWarnings, Verdict verdict)
    {
        var all = new List<Message>(programWarnings);
        all.AddRange(verdict.Warnings);
        return Encoding.UTF8.GetBytes(Cell(JoinMessages(all)));
    }

    /// <summary>The Name cell of a cleaned name, as <see cref="WriteDecision"/> writes it.</summary>
    internal static string NameCell(string name)
    {
        if (!CsvCells.LooksLikeFormula(name) && !CsvCells.NeedsQuotes(name)) return name;
        using var cell = new StringWriter(CultureInfo.InvariantCulture);
        CsvCells.Write(cell, name);
        return cell.ToString();
    }

    /// <summary>Refused rows are reported on the error stream, not in the table of decisions.</summary>
    public void WriteError(RowError error) { }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        WriteHeader();
        _bytes?.Settle();
        _context.Output.Flush();
    }

    /// <summary>Sends what is still buffered (a run that stopped part way keeps what it wrote).</summary>
    public void Dispose()
    {
        try
        {
            _bytes?.Close();
        }
        catch (IOException)
        {
            // The reader went away (e.g. `| head`): nothing more to say to it.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void WriteHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        CsvCells.WriteRecord(_context.Output, (string[])Columns);
        _bytes = Utf8Output.Under(_context.Output);
    }

    /// <summary>The cells of a verdict, rendered once (bounded; past the bound, rendered each time).</summary>
    private VerdictCells CellsOf(Verdict verdict)
    {
        if (_recentVerdicts.Get(verdict) is { } recent) return recent;
        if (_verdicts.TryGetValue(verdict, out var cells)) return _recentVerdicts.Set(verdict, cells);
        cells = new VerdictCells(
            "," + Cell(verdict.Scenario) + "," + Cell(Outcomes.Id(verdict.Outcome)) + "," + Cell(verdict.Outcome == Outcome.Eligible ? "true" : "false")
            + "," + Cell(JoinPlans(verdict.Plans)) + "," + Cell(JoinMessages(verdict.Reasons)) + "," + Cell(JoinMessages(verdict.Remediations)) + ",",
            Cell(JoinMessages(verdict.Warnings)),
            _bytes is not null);
        if (_verdicts.Count < MaxCachedVerdicts) _verdicts[verdict] = cells;
        return _recentVerdicts.Set(verdict, cells);
    }

    private void SetVersion(string version)
    {
        _version = version;
        _versionTail = "," + Cell(version) + CsvCells.NewLine;
        _versionTailBytes = Encoding.UTF8.GetBytes(_versionTail);
    }


    /// <summary>A cell as <see cref="CsvCells.Write"/> writes it: most values need nothing and come back as they are.</summary>
    private string Cell(string? value)
    {
        if (value is null) return string.Empty;
        if (!CsvCells.LooksLikeFormula(value) && !CsvCells.NeedsQuotes(value)) return value;
        _cell.GetStringBuilder().Clear();
        CsvCells.Write(_cell, value);
        return _cell.ToString();
    }

    private string JoinPlans(IReadOnlyList<PlanMatch> plans)
    {
        if (plans.Count == 0) return string.Empty;
        if (plans.Count == 1) return plans[0].Id;
        _join.Clear();
        for (var i = 0; i < plans.Count; i++)
        {
            if (i > 0) _join.Append(PlanSeparator);
            _join.Append(plans[i].Id);
        }
        return _join.ToString();
    }

    private string JoinMessages(IReadOnlyList<Message> messages)
    {
        if (messages.Count == 0) return string.Empty;
        if (messages.Count == 1) return messages[0].Text;
        _join.Clear();
        for (var i = 0; i < messages.Count; i++)
        {
            if (i > 0) _join.Append(MessageSeparator);
            _join.Append(messages[i].Text);
        }
        return _join.ToString();
    }

    /// <summary>
    /// What a record takes from its verdict: the cells from Scenario to Remediations (with their
    /// commas), and Warnings; kept as UTF-8 bytes when the report is written as bytes (thousands of
    /// verdicts are kept to the end of a run: one form of them, not two).
    /// </summary>
    private sealed class VerdictCells
    {
        private string? _middle;
        private string? _warnings;
        private byte[]? _middleBytes;
        private byte[]? _warningsBytes;

        public VerdictCells(string middle, string warnings, bool encoded)
        {
            if (encoded)
            {
                _middleBytes = Encoding.UTF8.GetBytes(middle);
                _warningsBytes = warnings.Length == 0 ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(warnings);
            }
            else
            {
                _middle = middle;
                _warnings = warnings;
            }
        }

        public string Middle => _middle ??= Encoding.UTF8.GetString(_middleBytes!);
        public string Warnings => _warnings ??= Encoding.UTF8.GetString(_warningsBytes!);
        public byte[] MiddleBytes => _middleBytes ??= Encoding.UTF8.GetBytes(_middle!);
        public byte[] WarningsBytes => _warningsBytes ??= Encoding.UTF8.GetBytes(_warnings!);
    }
}
