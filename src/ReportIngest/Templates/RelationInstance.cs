namespace ReportIngest.Templates;

/// <summary>
/// One instance of a relation: <c>Σ Left = Σ Right</c> over cell keys, for one scope (a column, a row, a group). An
/// instance over an extra column (<see cref="TableDefinition.ExtraColumns"/>) applies only where the report prints it:
/// <see cref="PrintedOnly"/> are the cells that must have been found.
/// </summary>
public sealed record RelationInstance(string Scope, IReadOnlyList<string> Left, IReadOnlyList<string> Right)
{
    public IReadOnlyList<string> PrintedOnly { get; init; } = [];

    /// <summary>Every cell of both sides, computed once: the checker walks these for every report.</summary>
    public IReadOnlyList<string> Cells { get; } = [.. Left, .. Right];

    /// <summary>The tables the instance reads.</summary>
    public IReadOnlyList<string> Tables { get; } =
        Left.Concat(Right).Select(k => CellKey.Split(k).Table).Distinct().ToList();
}
