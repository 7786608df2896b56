namespace ReportIngest.Templates;

/// <summary>Strict relations must hold exactly; expected relations have legitimate exceptions and only warn.</summary>
public enum RelationKind
{
    Strict,
    Expected,
}
