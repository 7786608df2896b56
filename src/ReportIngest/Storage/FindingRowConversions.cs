using ReportIngest.Checking;

namespace ReportIngest.Storage;

/// <summary>Turns a stored finding back into the record the checker works with.</summary>
public static class FindingRowConversions
{
    public static Finding ToFinding(this FindingRow row) =>
        new(row.Rule, row.Severity, row.Status, row.Scope, row.Expression, StoredValues.ToDecimal(row.Left), StoredValues.ToDecimal(row.Right),
            row.AttributedTo, row.Message, row.Cells.Length == 0 ? [] : row.Cells.Split(';')) { OtherReportId = row.OtherReportId };
}
