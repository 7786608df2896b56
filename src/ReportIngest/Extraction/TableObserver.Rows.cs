using ReportIngest.Documents;
using ReportIngest.Templates;
using ReportIngest.Text;

namespace ReportIngest.Extraction;

/// <summary>
/// Rows of the walk: a row with figures is attached to the template row its label matches (or reported), a labelled
/// row printed blank is data, a row of labels alone is a header, and figures without a label under a section 四
/// group's header are that group's.
/// </summary>
public sealed partial class TableObserver
{
    private void ObserveRow(RowParts parts, Locator locator, int? gridIndex, bool fromText)
    {
        if (!parts.HasValues)
        {
            if (fromText || parts.LabelCells.Count == 0)
                return;
            // 行政复议 in a row of its own under section 三's last row: the name of the section 四 table that follows
            if (
                _section != TemplateSection.ReviewLitigation
                && SectionRecognizer.ReviewGroupOf(LabelNormalizer.Normalize(parts.FullLabel)) is { } named
            )
            {
                (_pendingReviewGroup, _pendingReviewGroupLine, _pendingReviewHeader) = (named, _lineCount, "");
                return;
            }
            // A labelled row printed with every cell blank (zeros left out, template.md §8.1) is data, not a header.
            if (
                IsBlankDataRow(parts)
                && SectionRecognizer.HeaderSection(LabelNormalizer.Normalize(parts.FullLabel)) is null
                && _matcher.Match(parts, null, slips: LabelSlips.WholeLabel) is { } blankRow
            )
                AddRow(blankRow, parts, locator, gridIndex);
            else
                ObserveHeader(parts, gridIndex);
            return;
        }

        if (parts.LabelCells.Count == 0)
        {
            ObserveUnlabeled(parts, locator, gridIndex);
            return;
        }

        var match = _matcher.Match(parts, fromText ? _section : null, exactOnly: fromText);
        if (match is null && !fromText && _matcher.MatchGroup(parts) is { } group)
        {
            // A group row printed with its items' sums (a layout of the derived rows): no template cell, set aside.
            _issues.Add(
                StructuralIssue.Info(
                    group.Table,
                    group.Group.Code,
                    $"group row \"{parts.FullLabel}\" prints {parts.NumberCount} number(s), the sums of its items; no template cell holds them, they are not stored",
                    locator
                )
            );
            return;
        }
        if (match is not { } found)
        {
            if (_section is not null && !fromText)
                _issues.Add(
                    StructuralIssue.Warning(
                        TableOfSection(),
                        "unmatched_row",
                        $"row \"{parts.FullLabel}\" with {parts.NumberCount} number(s) matches no template row; its values are not assigned",
                        locator
                    )
                );
            return;
        }

        AddRow(found, parts, locator, gridIndex);
    }

    private void AddRow((string Table, RowDefinition Row) found, RowParts parts, Locator locator, int? gridIndex)
    {
        EnterSection(LabelMatcher.SectionOfTable(found.Table));
        if (found.Table.StartsWith("s2_", StringComparison.Ordinal))
            _subTable = found.Table;
        Observation(found.Table).Rows.Add(new ObservedRow(found.Row, parts, locator, gridIndex, _order++));
        Observation(found.Table).NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
    }

    /// <summary>One to three label cells followed by empty cells: the shape of a data row with nothing
    /// printed.</summary>
    private static bool IsBlankDataRow(RowParts parts) =>
        parts.LabelCells.Count is >= 1 and <= 3
        && parts.ValueCells.Count >= 1
        && parts.ValueCells.All(c => c.Text.Trim().Length == 0);

    private void ObserveUnlabeled(RowParts parts, Locator locator, int? gridIndex)
    {
        if (GridSection(gridIndex) is { } headed && headed != _section)
            EnterSection(headed);
        else if (_section != TemplateSection.ReviewLitigation && NamedReviewGroupAbove())
            EnterSection(TemplateSection.ReviewLitigation);
        if (_section == TemplateSection.ReviewLitigation)
        {
            var cases = SharedParts.ReviewLitigation.Rows[0];
            // The header rows right above the figures say which groups they are (行政复议 over one table, 行政诉讼 over the
            // next).
            var group = SectionRecognizer.ReviewGroupOfHeader(HeaderColumns.Texts(_reviewHeaderRun)) ?? _reviewGroup;
            _reviewHeaderRun.Clear();
            Observation("s4").Rows.Add(new ObservedRow(cases, parts, locator, gridIndex, _order++, group));
            Observation("s4").NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
            return;
        }
        if (_section is not null && parts.NumberCount > 0)
            Observation(TableOfSection()).Unlabeled.Add(new UnlabeledRow(parts, locator, gridIndex, _order++));
    }

    /// <summary>
    /// Right above: a section 四 group's name (行政复议) over a header of its outcomes printed as text (结果 / 维持, 尚未 /
    /// 审结): figures without a label under them are that group's, wherever the headings left off.
    /// </summary>
    private bool NamedReviewGroupAbove() =>
        _pendingReviewGroup is not null
        && _lineCount - _pendingReviewGroupLine <= PendingGroupReach
        && SectionSignatures.ReviewOutcomePhrases.Count(p => _pendingReviewHeader.Contains(p, StringComparison.Ordinal))
            >= 2;

    private void ObserveHeader(RowParts parts, int? gridIndex)
    {
        // The header's own phrases say which table it heads, whatever section the headings put us in.
        if (
            (SectionRecognizer.HeaderSection(LabelNormalizer.Normalize(parts.FullLabel)) ?? GridSection(gridIndex))
                is { } headed
            && headed != _section
        )
            EnterSection(headed);
        var table = _section switch
        {
            TemplateSection.Proactive => _subTable,
            TemplateSection.Requests => "s3",
            TemplateSection.ReviewLitigation => "s4",
            _ => null,
        };
        if (table is null)
            return;
        Observation(table).NoteRow([.. parts.LabelCells, .. parts.ValueCells], gridIndex);
        if (_matcher.MatchGroup(parts) is not null)
            return; // a blank group row (（三）不予公开) among the data rows, not a header
        Observation(table).AddHeader(parts.LabelCells, gridIndex);
        if (table == "s4")
            _reviewHeaderRun.AddRange(parts.LabelCells);
    }
}
