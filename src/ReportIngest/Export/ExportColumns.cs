namespace ReportIngest.Export;

/// <summary>The export columns of contract.md, in order. Add at the end; never rename or reorder.</summary>
public static class ExportColumns
{
    public static readonly string[] Reports =
        ["report_id", "document", "sha256", "source_url", "agency", "report_year", "template", "title", "published_on", "parse_status", "cells_expected", "cells_found", "cells_unreadable",
         "stat_period", "index_no", "category", "publisher", "doc_date", "doc_no"];

    public static readonly string[] Facts =
        ["report_id", "document", "sha256", "agency", "report_year", "template", "table", "row", "col", "key", "value", "raw", "status", "unit", "page", "locator"];

    public static readonly string[] Findings =
        ["report_id", "document", "rule", "severity", "status", "scope", "expression", "left", "right", "delta", "cells", "other_report_id", "other_document", "attributed_to", "message"];
}
