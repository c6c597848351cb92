using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;
using LiveAccess.Core.Reports.Shortcut;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A CSV inventory decided straight into a CSV report: a plain line (a clean AppId, fields the
/// fast reader splits with certainty, no doubled quotes) is answered from its bytes, with no row,
/// program or decision made for it, and written as the bytes <see cref="CsvDecisionWriter"/>
/// would write. On the reading thread (<see cref="TryTake"/>), each distinct entity word and
/// scenario is worked out once by the run's normaliser and each category list by the rule set's
/// catalogue (bounded tables keyed by the bytes), the AppId's duplicates are noted in order with
/// the rows the usual way normalises, and the line's own bytes (AppId, Name cell) are kept; the
/// lines go over a few hundred at a time. On the writing thread (<see cref="TryWrite"/>), each
/// verdict comes from the run's evaluator and each record is copied out. A line it cannot answer
/// so (a refused row, a value with doubled quotes, several category columns) is declined and goes
/// the usual way, in its place. Made by <see cref="CsvDecisionWriter.Shortcut"/> and given
/// through <see cref="InventoryOptions.Shortcut"/>.
/// </summary>
public sealed class CsvReportShortcut : RowShortcut
{
    private const int MaxWords = 1024;
    private const int MaxCategoryLists = 64 * 1024;
    private const int MaxListsWithTails = 4096;
    private const int MaxSharedTails = 16 * 1024;
    private const int EntityKinds = 5;
    private const int WrittenBeforeTails = 16;
    private const int CellSlots = 8;
    private const int MaxOneWarningCells = 64 * 1024;
    private const int AppIdLength = 18;
    private const int Refused = int.MinValue;
    private const int OutcomeCount = (int)Outcome.Ineligible + 1;
    private const string AnyAppId = "wx0000000000000000";
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly CsvDecisionWriter _writer;
    private readonly DecisionRun _run;
    private readonly GatePolicy? _gate;
    private readonly string _version;
    private readonly string _anyEntity = EntityType.Enterprise.Id();
    // The reading thread's.
    // An entity word or a scenario worked out: its value (an entity type; a scenario's index, -1
    // for every scenario), or Refused. Numbers rather than objects: a table of ints is looked up
    // by code made for it, where one of objects goes through code shared by every object type.
    private readonly ByteKeyTable<int> _entities = new(MaxWords);
    private readonly ByteKeyTable<int> _scenarios = new(MaxWords);
    // A category list's answer number: its place in _answers (its set and warnings), and in the
    // writing thread's arrays of what it keeps per answer. Lists written differently that answer
    // alike (the same set, no warnings or the same ones) share a number, so that the many lists an
    // inventory writes once or twice (separators, spaces, order) share the tails of the few
    // answers they make. Numbers, not an object per list: a million-row inventory writes tens of
    // thousands of distinct lists, and objects that live that long are what makes the collector's
    // pauses long.
    private readonly ByteKeyTable<int> _categories = new(MaxCategoryLists);
    private readonly List<ListAnswer> _answers = new();
    private readonly Dictionary<CategorySet, int> _plainAnswerNumbers = new();
    private readonly Dictionary<(CategorySet, IReadOnlyList<Message>), int> _warnedAnswerNumbers = new(SameSetAndWarnings.Instance);
    private readonly Utf8ListParser _listParser;
    private ColumnMap? _columns;
    private Layout _layout;
    private TakenLines? _pending;
    // The writing thread's.
    private readonly int _tailSlots;
    // By entity type, then verdict (by identity).
    private readonly Dictionary<Verdict, byte[]>[] _sharedTails = NewSharedTails();
    private int _listsWithTails = MaxListsWithTails;
    // The Warnings cells of lists with one warning, by warning and verdict.
    private readonly Dictionary<(Message, Verdict), byte[]> _oneWarningCells = new(SameWarningAndVerdict.Instance);
    // By answer number: how often each answer was written, its tails once written often, its Warnings cells.
    private int[] _written = new int[1024];
    private byte[]?[]?[] _tails = new byte[]?[]?[1024];
    // Per line of the batch being written: its tails, and its record's kept tail when it has one.
    private readonly byte[]?[]?[] _lineTails = new byte[]?[]?[TakenLines.Capacity];
    private readonly byte[]?[] _readyTails = new byte[]?[TakenLines.Capacity];
    private (Verdict?, byte[]?)[]?[] _warningsCells = new (Verdict?, byte[]?)[]?[1024];
    // Both threads' (under its lock).
    private readonly Stack<TakenLines> _spareLines = new();

    internal CsvReportShortcut(CsvDecisionWriter writer, DecisionRun run, GatePolicy? gate)
    {
        _writer = writer;
        _run = run;
        _gate = gate;
        _version = run.Evaluator.Rules.Version;
        _listParser = new Utf8ListParser(run.Evaluator.Rules.Categories, run.Evaluator.Language);
        _tailSlots = EntityKinds * run.Evaluator.ScenarioCount;
    }

    /// <summary>Lines answered here.</summary>
    public long Taken { get; private set; }

    /// <summary>Decisions written here that fail the gate (none without a gate).</summary>
    public long Failing { get; private set; }

    internal override bool TryTake(CsvLine line, byte[] buffer, ColumnMap columns)
    {
        if (!ReferenceEquals(columns, _columns))
        {
            _columns = columns;
            _layout = Layout.Of(columns);
        }
        var layout = _layout;
        if (!layout.Usable
            || !line.TryAsWritten(buffer, layout.AppId, out var appId)
            || !line.TryAsWritten(buffer, layout.Name, out var name)
            || !line.TryAsWritten(buffer, layout.Entity, out var entityText)
            || !line.TryAsWritten(buffer, layout.Scenario, out var scenarioText)
            || !line.TryAsWritten(buffer, layout.Categories, out var categoriesText))
            return false;
        // The category list's slot is asked for first and looked at last: the table of tens of
        // thousands of lists is seldom all in the caches, and the work between hides the wait.
        var categoriesHash = _categories.Prepare(categoriesText);
        if (!TryAppId(appId, out var appIdValue) || (layout.Others is { } others && !OthersWellFormed(line, buffer, others))) return false;

        // Each field is known to be well-formed UTF-8 without U+FDD0 (the reader leaves that to the
        // lines' taker): the AppId is hexadecimal; a plain name is ASCII and ideographs; a word or a
        // list found in a table has the bytes of one checked when it was learned.
        if (!_entities.TryFind(entityText, out var entity))
        {
            if (!line.IsWellFormed(buffer, layout.Entity)) return false;
            entity = Learn(_entities, entityText, LearnEntity);
        }
        if (entity == Refused) return false;
        if (!_scenarios.TryFind(scenarioText, out var scenario))
        {
            if (!line.IsWellFormed(buffer, layout.Scenario)) return false;
            scenario = Learn(_scenarios, scenarioText, LearnScenario);
        }
        if (scenario == Refused) return false;
        ListAnswer list;
        if (_categories.TryFind(categoriesText, categoriesHash, out var number)) list = _answers[number];
        else if (line.IsWellFormed(buffer, layout.Categories)) list = LearnCategories(categoriesText, out number);
        else return false;
        var plainName = name.IsEmpty || PlainCell.Is(name);
        if (!plainName && !line.IsWellFormed(buffer, layout.Name)) return false;
        (_pending ??= Rent()).Add(appId, appIdValue, plainName ? name : NameCell(name), (EntityType)entity, scenario, list, number);
        return true;
    }

    // The fields of columns the report does not use (a file's own extra columns).
    private static bool OthersWellFormed(CsvLine line, byte[] buffer, int[] others)
    {
        foreach (var index in others)
            if (!line.IsWellFormed(buffer, index)) return false;
        return true;
    }

    internal override bool HasPending => _pending is { Count: > 0 };

    internal override bool IsFull => _pending is { Count: >= TakenLines.Capacity };

    internal override object TakePending()
    {
        var pending = _pending ?? new TakenLines();
        _pending = null;
        // Duplicates are noted now, all the lines at once, before any later row is normalised: in
        // order with the rows the usual way normalises.
        _run.ClaimAll(pending.AppIds, pending.Count, pending.Duplicates);
        return pending;
    }

    /// <summary>
    /// Writes the records of the lines this shortcut took (<see cref="DecisionRun.Normalize"/>
    /// hands them on as they are, a few hundred to a record) and counts them in the run's totals;
    /// false for any other record, which the caller decides and writes as usual. Call it for every
    /// record, in order, on the thread that writes the report.
    /// </summary>
    public bool TryWrite(NormalizedRecord record)
    {
        if (record.Taken is not TakenLines lines) return false;
        var evaluator = _run.Evaluator;
        var writer = _writer;
        var scenarios = evaluator.ScenarioCount;
        // Decisions counted by outcome without a branch on it: outcomes come in no order a
        // processor could learn to predict.
        Span<long> counts = stackalloc long[OutcomeCount];
        // First the kept tail of every line with one scenario, for all the lines at once, each one's
        // bytes asked of memory as it is found: tails are many and small, and a record that waited
        // for its tail, then for its bytes, waited on memory twice before it could be copied.
        var lineTails = _lineTails;
        var readyTails = _readyTails;
        for (var n = 0; n < lines.Count; n++)
        {
            byte[]?[]? tails = null;
            byte[]? ready = null;
            var scenario = lines.Scenarios[n];
            if (scenario >= 0 && !lines.Duplicates[n] && (tails = TailsOf(lines.Lists[n])) is not null)
            {
                var slot = lines.Entities[n] * scenarios + scenario;
                if ((uint)slot < (uint)tails.Length && (ready = tails[slot]) is not null) CacheHint.Fetch(ref ready[0]);
            }
            lineTails[n] = tails;
            readyTails[n] = ready;
        }
        var bytes = lines.Bytes;
        var from = 0;
        for (var n = 0; n < lines.Count; n++)
        {
            // The record's head: the AppId, a comma, the Name cell.
            var head = new ReadOnlySpan<byte>(bytes, from, lines.Ends[n] - from);
            from = lines.Ends[n];
            if (readyTails[n] is { } ready)
            {
                writer.WriteTaken(head, ready, ready.Length - 1);
                counts[ready[ready.Length - 1]]++;
                continue;
            }
            var entity = (EntityType)lines.Entities[n];
            // The set and warnings are read only where a verdict or a cell is worked out.
            ref readonly var answer = ref lines.Answers[n];
            var list = lines.Lists[n];
            var scenario = lines.Scenarios[n];
            var first = scenario < 0 ? 0 : scenario;
            var last = scenario < 0 ? scenarios : scenario + 1;
            var duplicate = lines.Duplicates[n];
            // A line with one scenario had its tails found above (and counted once).
            var tails = scenario >= 0 ? lineTails[n] : duplicate ? null : TailsOf(list);
            for (var i = first; i < last; i++)
            {
                // A list written often keeps what its records take from each verdict, ready to copy.
                var slot = (int)entity * scenarios + i;
                Outcome outcome;
                if (tails is not null && (uint)slot < (uint)tails.Length)
                {
                    var tail = tails[slot] ??= NewTail(entity, answer.Set, answer.Warnings, list, i);
                    writer.WriteTaken(head, tail, tail.Length - 1);
                    outcome = OutcomeOf(tail);
                }
                else if (!duplicate && answer.Warnings.Count == 0 && (uint)entity < EntityKinds)
                {
                    // A list not written often enough to keep tails of its own: still, without
                    // warnings of its own, its record shares the tail of its entity type and verdict.
                    var tail = SharedTail(entity, evaluator.VerdictAt(entity, answer.Set, i));
                    writer.WriteTaken(head, tail, tail.Length - 1);
                    outcome = OutcomeOf(tail);
                }
                else
                {
                    var verdict = evaluator.VerdictAt(entity, answer.Set, i);
                    var warningsCell = duplicate ? DuplicateWarningsCell(head.Slice(0, AppIdLength), answer.Warnings, verdict) : WarningsCell(list, answer.Warnings, verdict);
                    writer.WriteTaken(head, entity, verdict, warningsCell, _version);
                    outcome = verdict.Outcome;
                }
                counts[(int)outcome]++;
            }
        }
        long eligible = counts[(int)Outcome.Eligible], conditional = counts[(int)Outcome.Conditional], ineligible = counts[(int)Outcome.Ineligible];
        if (_gate is { } gate)
        {
            long failing = 0;
            for (var o = 0; o < OutcomeCount; o++)
                if (gate.Fails((Outcome)o)) failing += counts[o];
            Failing += failing;
        }
        _run.CountAnswered(lines.Count, eligible, conditional, ineligible);
        Taken += lines.Count;
        lines.Clear();
        lock (_spareLines) _spareLines.Push(lines);
        return true;
    }

    /// <summary>The Warnings cell of a line whose AppId an earlier line has: the list's warnings, the duplicate, the verdict's.</summary>
    private byte[] DuplicateWarningsCell(ReadOnlySpan<byte> appId, IReadOnlyList<Message> listWarnings, Verdict verdict)
    {
        var warnings = new List<Message>(listWarnings) { _run.DuplicateWarning(Utf8Text.Of(appId)) };
        return _writer.WarningsCell(warnings, verdict);
    }

    /// <summary>An answer's tails by entity type and scenario, once it has been written a few times; else null (and for a list without a number).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte[]?[]? TailsOf(int list)
    {
        if (list < 0) return null;
        if (list >= _tails.Length) MakeRoomFor(list);
        if (_tails[list] is { } tails) return tails;
        if (++_written[list] < WrittenBeforeTails || _listsWithTails == 0) return null;
        _listsWithTails--;
        return _tails[list] = new byte[]?[_tailSlots];
    }

    /// <summary>The Warnings cell of a record with this list's warnings and this verdict; null when the verdict's own will do.</summary>
    private byte[]? WarningsCell(int list, IReadOnlyList<Message> warnings, Verdict verdict)
    {
        if (warnings.Count == 0) return null;
        if (warnings.Count == 1)
        {
            // One warning (an unknown or lone name) is one object for every list that writes that
            // name (the catalogue keeps one answer per written pair): the cell is shared by all of
            // them, where a list of its own is often written only once.
            var key = (warnings[0], verdict);
            if (!_oneWarningCells.TryGetValue(key, out var cell))
            {
                cell = _writer.WarningsCell(warnings, verdict);
                if (_oneWarningCells.Count < MaxOneWarningCells) _oneWarningCells[key] = cell;
            }
            return cell;
        }
        if (list < 0) return _writer.WarningsCell(warnings, verdict);
        if (list >= _warningsCells.Length) MakeRoomFor(list);
        // A few verdicts remembered: a list is written in several scenarios and entity types.
        var cells = _warningsCells[list] ??= new (Verdict?, byte[]?)[CellSlots];
        var slot = (RuntimeHelpers.GetHashCode(verdict) & int.MaxValue) % CellSlots;
        if (!ReferenceEquals(cells[slot].Item1, verdict)) cells[slot] = (verdict, _writer.WarningsCell(warnings, verdict));
        return cells[slot].Item2;
    }

    // List numbers only grow: the arrays grow to the next power of two that holds this one.
    private void MakeRoomFor(int list)
    {
        var length = _tails.Length;
        while (length <= list) length *= 2;
        Array.Resize(ref _written, length);
        Array.Resize(ref _tails, length);
        Array.Resize(ref _warningsCells, length);
    }

    // The lines handed over come back once written: a few hundred arrays serve a run of any size.
    private TakenLines Rent()
    {
        lock (_spareLines) return _spareLines.Count > 0 ? _spareLines.Pop() : new TakenLines();
    }

    // Lists without warnings of their own share one tail per entity type and verdict (verdicts are
    // shared by many lists): the tails stay as few as the verdicts.
    private byte[] NewTail(EntityType entity, CategorySet set, IReadOnlyList<Message> warnings, int list, int scenario)
    {
        var verdict = _run.Evaluator.VerdictAt(entity, set, scenario);
        var warningsCell = WarningsCell(list, warnings, verdict);
        return warningsCell is null ? SharedTail(entity, verdict) : Kept(_writer.Tail(entity, verdict, warningsCell, _version, spare: 1), verdict.Outcome);
    }

    /// <summary>The tail of every record of this entity type and verdict whose program has no warnings of its own.</summary>
    private byte[] SharedTail(EntityType entity, Verdict verdict)
    {
        var shared = _sharedTails[(int)entity];
        if (!shared.TryGetValue(verdict, out var tail))
        {
            tail = Kept(_writer.Tail(entity, verdict, null, _version, spare: 1), verdict.Outcome);
            if (shared.Count < MaxSharedTails / EntityKinds) shared[verdict] = tail;
        }
        return tail;
    }

    // A kept tail: what a record takes from its verdict (every cell after Name, as bytes), then one
    // byte more, not written: the record's outcome (made with that spare byte). One array rather
    // than an object that holds one: a record is written from it with one wait on memory fewer.
    private static byte[] Kept(byte[] tail, Outcome outcome)
    {
        tail[tail.Length - 1] = (byte)outcome;
        return tail;
    }

    private static Outcome OutcomeOf(byte[] tail) => (Outcome)tail[tail.Length - 1];

    private static Dictionary<Verdict, byte[]>[] NewSharedTails()
    {
        var tails = new Dictionary<Verdict, byte[]>[EntityKinds];
        for (var i = 0; i < tails.Length; i++) tails[i] = new Dictionary<Verdict, byte[]>(SameVerdict.Instance);
        return tails;
    }

    /// <summary>A clean AppId (<c>wx</c> and 16 lower-case hexadecimal digits) and the number its digits write.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryAppId(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        if (text.Length != AppIdLength || text[0] != (byte)'w' || text[1] != (byte)'x') return false;
        // A table rather than tests: the digits are random, and a branch per digit is mispredicted
        // often enough to make this the costliest check of a line.
        var digits = HexDigits;
        ulong number = 0;
        uint any = 0;
        for (var i = 2; i < AppIdLength; i++)
        {
            uint digit = digits[text[i]];
            any |= digit;
            number = (number << 4) | (digit & 0xF);
        }
        value = number;
        return any <= 0xF;
    }

    // Each byte's value as a lower-case hexadecimal digit, 0xFF for any other byte.
    private static readonly byte[] HexDigits = NewHexDigits();

    private static byte[] NewHexDigits()
    {
        var digits = new byte[256];
        for (var i = 0; i < digits.Length; i++)
            digits[i] = i is >= '0' and <= '9' ? (byte)(i - '0') : i is >= 'a' and <= 'f' ? (byte)(i - 'a' + 10) : (byte)0xFF;
        return digits;
    }

    private static ReadOnlySpan<byte> NameCell(ReadOnlySpan<byte> name)
    {
        var text = Utf8Text.Of(name);
        return string.IsNullOrWhiteSpace(text) ? Array.Empty<byte>() : Utf8.GetBytes(CsvDecisionWriter.NameCell(TextNormalizer.Clean(text)));
    }

    private static int Learn(ByteKeyTable<int> table, ReadOnlySpan<byte> key, Func<string, int> learn)
    {
        var answer = learn(Utf8Text.Of(key));
        table.TryAdd(key, answer);
        return answer;
    }

    // Entity words and scenarios are worked out by the run's own normaliser, on a row that holds
    // the word and nothing else in question: what it answers is what it answers for every row.
    private MiniProgram? Normalize(string entity, string scenario, IReadOnlyList<string> categories) =>
        _run.Normalizer.Normalize(new InventoryRow { AppId = AnyAppId, EntityType = entity, Scenario = scenario, Categories = categories }).Program;

    private int LearnEntity(string text) =>
        Normalize(text, string.Empty, Array.Empty<string>()) is { } program ? (int)program.EntityType : Refused;

    private int LearnScenario(string text) =>
        Normalize(_anyEntity, text, Array.Empty<string>()) is { } program
            ? program.Scenario is { } id ? _run.Evaluator.ScenarioIndex(id) : -1
            : Refused;

    // A category list never refuses a row: it is parsed as the rule set's catalogue parses a row's
    // one list for the normaliser (its set, and its warnings as the program's own). It is given
    // the number of the same answer learned before (the same set; no warnings, or the very same
    // messages: the catalogue keeps one per name it warns of), else the next number; -1 once the
    // table is full (it is then worked out for each line).
    private ListAnswer LearnCategories(ReadOnlySpan<byte> bytes, out int number)
    {
        var parse = _listParser.Parse(bytes);
        var warned = parse.Warnings.Count > 0;
        if (!(warned ? _warnedAnswerNumbers.TryGetValue((parse.Set, parse.Warnings), out number) : _plainAnswerNumbers.TryGetValue(parse.Set, out number)))
            number = _answers.Count;
        if (!_categories.TryAdd(bytes, number))
        {
            number = -1;
            return new ListAnswer(parse.Set, parse.Warnings);
        }
        if (number == _answers.Count)
        {
            _answers.Add(new ListAnswer(parse.Set, parse.Warnings));
            if (warned) _warnedAnswerNumbers.Add((parse.Set, parse.Warnings), number);
            else _plainAnswerNumbers.Add(parse.Set, number);
        }
        return _answers[number];
    }

    /// <summary>Where the fields are; not usable with several category columns (their lists are joined the usual way).</summary>
    private readonly struct Layout
    {
        private Layout(int appId, int name, int entity, int scenario, int categories, bool usable, int[]? others)
        {
            Others = others;
            AppId = appId;
            Name = name;
            Entity = entity;
            Scenario = scenario;
            Categories = categories;
            Usable = usable;
        }

        public int AppId { get; }
        public int Name { get; }
        public int Entity { get; }
        public int Scenario { get; }
        public int Categories { get; }
        public bool Usable { get; }
        /// <summary>The columns the report does not use; null when there are none.</summary>
        public int[]? Others { get; }

        public static Layout Of(ColumnMap columns)
        {
            int name = -1, entity = -1, scenario = -1, categories = -1, categoryColumns = 0;
            List<int>? others = null;
            for (var i = 0; i < columns.Fields.Count; i++)
            {
                if (i == columns.AppIdIndex) continue;
                switch (columns.Fields[i])
                {
                    // The column map refuses a second Name, EntityType or Scenario column.
                    case InventoryField.Name: name = i; break;
                    case InventoryField.EntityType: entity = i; break;
                    case InventoryField.Scenario: scenario = i; break;
                    case InventoryField.Categories:
                        categories = i;
                        categoryColumns++;
                        break;
                    default:
                        (others ??= new List<int>()).Add(i);
                        break;
                }
            }
            return new Layout(columns.AppIdIndex, name, entity, scenario, categories, categoryColumns <= 1, others?.ToArray());
        }
    }

    /// <summary>A category list worked out: its set, and its warnings as a program's own.</summary>
    private readonly struct ListAnswer
    {
        public ListAnswer(CategorySet set, IReadOnlyList<Message> warnings)
        {
            Set = set;
            Warnings = warnings;
        }

        public CategorySet Set { get; }
        public IReadOnlyList<Message> Warnings { get; }
    }

    /// <summary>
    /// What the reading thread made of the lines it took, a few hundred at a time, for the writing
    /// thread to answer: each line's record head (its AppId, a comma, its Name cell) as bytes, one
    /// after the other, and its entity type, scenario and category list.
    /// </summary>
    private sealed class TakenLines : ITakenLines
    {
        public const int Capacity = 256;

        public byte[] Bytes { get; private set; } = new byte[Capacity * 48];
        /// <summary>Where each line's bytes end in <see cref="Bytes"/> (they start where the line before ends).</summary>
        public int[] Ends { get; } = new int[Capacity];
        /// <summary>Each line's AppId as the number its hexadecimal digits write.</summary>
        public ulong[] AppIds { get; } = new ulong[Capacity];
        /// <summary>Whether each line's AppId is one an earlier line has (once handed over).</summary>
        public bool[] Duplicates { get; } = new bool[Capacity];
        public byte[] Entities { get; } = new byte[Capacity];
        /// <summary>Each line's scenario index; -1 for every scenario.</summary>
        public short[] Scenarios { get; } = new short[Capacity];
        /// <summary>Each line's category list worked out (one array of structs: storing an interface into an array of them is checked each time).</summary>
        public ListAnswer[] Answers { get; } = new ListAnswer[Capacity];
        /// <summary>Each line's category list's answer number (lists that answer alike share one); -1 for a list the table had no room for.</summary>
        public int[] Lists { get; } = new int[Capacity];
        public int Count { get; private set; }

        public void Clear() => Count = 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<byte> appId, ulong appIdValue, ReadOnlySpan<byte> nameCell, EntityType entity, int scenario, ListAnswer list, int number)
        {
            var from = Count == 0 ? 0 : Ends[Count - 1];
            var to = from + appId.Length + 1 + nameCell.Length;
            if (to > Bytes.Length)
            {
                var grown = new byte[Math.Max(Bytes.Length * 2, to)];
                Buffer.BlockCopy(Bytes, 0, grown, 0, from);
                Bytes = grown;
            }
            appId.CopyTo(new Span<byte>(Bytes, from, appId.Length));
            Bytes[from + appId.Length] = (byte)',';
            nameCell.CopyTo(new Span<byte>(Bytes, from + appId.Length + 1, nameCell.Length));
            Ends[Count] = to;
            AppIds[Count] = appIdValue;
            Entities[Count] = (byte)entity;
            Scenarios[Count] = (short)scenario;
            Answers[Count] = list;
            Lists[Count] = number;
            Count++;
        }
    }

    /// <summary>A category set by value, and warnings as the same messages (by identity) in the same order.</summary>
    private sealed class SameSetAndWarnings : IEqualityComparer<(CategorySet, IReadOnlyList<Message>)>
    {
        public static readonly SameSetAndWarnings Instance = new();

        public bool Equals((CategorySet, IReadOnlyList<Message>) x, (CategorySet, IReadOnlyList<Message>) y)
        {
            if (x.Item1 != y.Item1 || x.Item2.Count != y.Item2.Count) return false;
            for (var i = 0; i < x.Item2.Count; i++)
                if (!ReferenceEquals(x.Item2[i], y.Item2[i])) return false;
            return true;
        }

        public int GetHashCode((CategorySet, IReadOnlyList<Message>) obj)
        {
            unchecked
            {
                var hash = obj.Item1.GetHashCode();
                foreach (var warning in obj.Item2) hash = hash * -1521134295 + RuntimeHelpers.GetHashCode(warning);
                return hash;
            }
        }
    }

    /// <summary>A warning and a verdict, both by identity.</summary>
    private sealed class SameWarningAndVerdict : IEqualityComparer<(Message, Verdict)>
    {
        public static readonly SameWarningAndVerdict Instance = new();

        public bool Equals((Message, Verdict) x, (Message, Verdict) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Message, Verdict) obj) => unchecked(RuntimeHelpers.GetHashCode(obj.Item1) * -1521134295 + RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
