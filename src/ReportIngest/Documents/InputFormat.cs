namespace ReportIngest.Documents;

/// <summary>Input formats recognised from content (never from the file extension).</summary>
public enum InputFormat
{
    Unknown,
    Markdown,
    PlainText,
    Html,
    Pdf,

    /// <summary>Office Open XML Word document.</summary>
    Docx,

    /// <summary>Word 97–2003 or WPS binary document (OLE), read through LibreOffice.</summary>
    Doc,
}
