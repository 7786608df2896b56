using ReportIngest.Checking;
using ReportIngest.Extraction;
using ReportIngest.Text;

namespace ReportIngest.Storage;

/// <summary>Turns stored rows back into the domain records the checker reads.</summary>
public static class FactRowConversions
{
    public static Fact ToFact(this FactRow row) =>
        new(row.Table, row.Row, row.Col, StoredValues.ToDecimal(row.Value), row.Raw, CellStatusNames.Parse(row.Status), row.Unit, (int?)row.Page, row.Locator);

    public static Finding ToFinding(this FindingRow row) =>
        new(row.Rule, row.Severity, row.Status, row.Scope, row.Expression, StoredValues.ToDecimal(row.Left), StoredValues.ToDecimal(row.Right),
            row.AttributedTo, row.Message, row.Cells.Length == 0 ? [] : row.Cells.Split(';')) { OtherReportId = row.OtherReportId };
}
