namespace ReportIngest.Documents;

/// <summary>The words a <see cref="ColumnBasis"/> is stored as (the <c>facts.basis</c> column).</summary>
public static class ColumnBasisNames
{
    public static string ToCode(this ColumnBasis basis) =>
        basis switch
        {
            ColumnBasis.Markup => "markup",
            ColumnBasis.Rulings => "rulings",
            ColumnBasis.Position => "position",
            ColumnBasis.Alignment => "alignment",
            _ => "sequence",
        };

    /// <summary>The basis a stored word names; null for none (a cell no reader placed, a fact stored before the basis
    /// was).</summary>
    public static ColumnBasis? Parse(ReadOnlySpan<char> code) =>
        code switch
        {
            "markup" => ColumnBasis.Markup,
            "rulings" => ColumnBasis.Rulings,
            "position" => ColumnBasis.Position,
            "alignment" => ColumnBasis.Alignment,
            "sequence" => ColumnBasis.Sequence,
            _ => null,
        };

    /// <summary>
    /// Placed by where it was printed on a page: a figure printed off-centre, or one split by wide spacing, can land in
    /// a neighbouring column (the checker's <c>ShiftedValue</c> and <c>SplitNumber</c>).
    /// </summary>
    public static bool IsPlacedOnPage(this ColumnBasis? basis) => basis is ColumnBasis.Rulings or ColumnBasis.Position;
}
