namespace ReportIngest.Generator;

/// <summary>The filing mistakes the generator can plant, the way real filers make them.</summary>
public enum Fault
{
    None,

    /// <summary>One section 三 result cell of an applicant column mistyped; its row total and column total are left as
    /// they were.</summary>
    LeafTypo,

    /// <summary>Section 四 行政复议 总计 printed as 0 although cases are listed.</summary>
    ReviewTotalZero,

    /// <summary>Section 三 （七）总计 in the 总计 column printed as 0.</summary>
    ResultTotalZero,

    /// <summary>A wrong value in the 总计 column of one section 三 row.</summary>
    WrongRowTotal,

    /// <summary>With a 法人或其他组织小计 column: one 小计 mistyped (R3-SUBTOTAL); without one, no fault.</summary>
    SubtotalTypo,
}
