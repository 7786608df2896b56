namespace ReportIngest.Tests.Readers;

/// <summary>Small government pages of the kinds a crawler meets, for reader and ingestion tests.</summary>
internal static class HtmlPages
{
    private const string Chrome = """
        <div class="header"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
        """;

    private const string Footer =
        """<div class="footer"><p>版权所有：某县人民政府办公室 备案号：闽ICP备00000000号</p></div>""";

    public const string ListPage = $"""
        <html><head><meta charset="utf-8"><title>政府信息公开年报_某县人民政府</title></head><body>{Chrome}
        <div class="list"><ul>
        <li><a href="/nb/2023.htm">某县2023年度政府信息公开工作年度报告</a><span>2024-01-30</span></li>
        <li><a href="/nb/2022.htm">某县2022年度政府信息公开工作年度报告</a><span>2023-01-29</span></li>
        </ul></div>{Footer}</body></html>
        """;

    public const string AttachmentOnly = $"""
        <html><head><meta charset="utf-8"><meta name="ArticleTitle" content="某县2023年度政府信息公开工作年度报告"><title>x</title></head><body>{Chrome}
        <div class="TRS_Editor"><p>附件：<a href="/files/2023nb.pdf?v=2">某县2023年度政府信息公开工作年度报告.pdf</a></p></div>{Footer}</body></html>
        """;

    public const string ImageOnly = $"""
        <html><head><meta charset="utf-8"><meta name="ArticleTitle" content="某县2023年度政府信息公开工作年度报告"><title>x</title></head><body>{Chrome}
        <div id="zoom"><p><img src="/img/nb1.jpg"></p><p><img src="/img/nb2.jpg"></p></div>{Footer}</body></html>
        """;
}
