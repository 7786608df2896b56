namespace ReportIngest.Extraction;

/// <summary>How far a printed label with a slip may be from the row it is taken for.</summary>
public enum LabelSlips
{
    /// <summary>Only a phrase or label as the template prints it.</summary>
    None,

    /// <summary>Also the row's whole label with an edit in eight characters (a label printed alone: a fragment must not
    /// match).</summary>
    WholeLabel,

    /// <summary>Also one of its phrases with one character wrong (a label beside its figures).</summary>
    Any,
}
