using System.Globalization;
using System.Text;

namespace ReportIngest.Generator;

/// <summary>
/// The report as a government CMS article page, after the TRS and Hanweb pages of 政府信息公开 platforms: a head with
/// the CMS meta tags (ArticleTitle, PubDate, ContentSource, Url), styles and scripts; navigation, breadcrumb,
/// sidebar and footer around the article; the disclosure metadata block (索引号, 发布机构 …) outside the article
/// container; inside it the report as Word pastes it: paragraphs of spans, and the three tables with Word's merged
/// cells (<c>&lt;td&gt;&lt;p&gt;&lt;span&gt;…&lt;/span&gt;&lt;/p&gt;&lt;/td&gt;</c>). The bytes are the page's
/// encoding (<see cref="HtmlOptions.Encoding"/>).
/// </summary>
public static class HtmlRenderer
{
    static HtmlRenderer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="notes">Receives what the page does beyond the defaults (split point, full-width figures …), for the
    /// truth file.</param>
    public static byte[] Render(
        SyntheticReport report,
        CellFormatter formatter,
        HtmlOptions options,
        PageMetadata page,
        ICollection<string>? notes = null
    )
    {
        var html = new PageWriter(report, formatter, options, page, notes ?? []).Write();
        if (report.Style.Has(Variations.Variation.Traditional))
            html = Variations.TraditionalScript.Convert(html, report.Style.TaiwanPhrases);
        return EncodingOf(options.Encoding).GetBytes(html);
    }

    /// <summary>The encoding of the page's bytes; GBK refuses characters it cannot hold rather than writing
    /// "?".</summary>
    public static Encoding EncodingOf(PageEncoding encoding) =>
        encoding switch
        {
            PageEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            _ => Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };

    /// <summary>Writes one page; every choice beyond the options comes from the page's seed.</summary>
    private sealed class PageWriter(
        SyntheticReport report,
        CellFormatter formatter,
        HtmlOptions options,
        PageMetadata page,
        ICollection<string> notes
    )
    {
        private const string BodyFont = "仿宋_GB2312";
        private const string CellStyle = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt";
        private const string CellParagraph = "text-align:center;line-height:20pt;margin:0pt";

        private readonly StringBuilder _html = new();
        private readonly Random _random = new(page.Seed);
        private readonly List<string> _fullWidth = [];

        public string Write()
        {
            _html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
            Head();
            _html.Append("</head>\n<body>\n");
            switch (options.Container)
            {
                case ArticleContainer.Trs:
                    TrsBody();
                    break;
                case ArticleContainer.Hanweb:
                    HanwebBody();
                    break;
                default:
                    GenericBody();
                    break;
            }
            _html.Append("</body>\n</html>\n");
            if (_fullWidth.Count > 0)
                notes.Add($"figures printed with full-width digits: {string.Join(", ", _fullWidth)}");
            return _html.ToString();
        }

        // ---------------------------------------------------------------- head

        private void Head()
        {
            switch (options.Encoding)
            {
                case PageEncoding.Utf8:
                    _html.Append("<meta charset=\"utf-8\">\n");
                    break;
                case PageEncoding.GbkDeclared:
                    _html.Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\n");
                    break;
            }
            _html.Append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n");
            _html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n");
            Meta("SiteName", page.SiteName);
            Meta("SiteDomain", page.Domain);
            Meta("SiteIDCode", $"{page.IndexNo[2..8]}0001");
            Meta("ColumnName", PageMetadata.Category);
            Meta("ColumnType", PageMetadata.Category);
            Meta("ArticleTitle", ReportProse.Title(report));
            Meta("PubDate", page.PubDate);
            Meta("ContentSource", page.ContentSource);
            Meta("Keywords", "政府信息公开,年度报告");
            Meta("Author", page.Publisher);
            Meta("Description", "");
            Meta("Url", page.Url);
            _html.Append($"<title>{Escape(ReportProse.Title(report))}_{Escape(page.SiteName)}</title>\n");
            _html.Append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/images/common.css\">\n");
            _html.Append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/images/xxgk_detail.css\">\n");
            _html
                .Append("<style type=\"text/css\">\n")
                .Append("body{margin:0;font-family:\"Microsoft YaHei\",SimSun;font-size:14px;color:#333}\n")
                .Append(".nav li{float:left;list-style:none;padding:0 18px}.nav a{color:#fff;text-decoration:none}\n")
                .Append(
                    ".xxgk_table td{border:1px solid #dcdcdc;padding:6px 10px}.xxgk_table .tit{background:#f5f5f5;width:90px}\n"
                )
                .Append(".footer{background:#e9e9e9;text-align:center;line-height:26px;padding:20px 0}\n")
                .Append("</style>\n");
            _html.Append("<script type=\"text/javascript\" src=\"/js/jquery-1.12.4.min.js\"></script>\n");
            _html
                .Append("<script type=\"text/javascript\">\n")
                .Append($"var _siteDomain = \"{page.Domain}\";\n")
                .Append($"var _pubDate = \"{page.PubDate}\";\n")
                .Append(
                    "function doZoom(size){ $(\".article-body, .article-body p, .article-body span\").css(\"font-size\", size + \"px\"); }\n"
                )
                .Append("</script>\n");
        }

        private void Meta(string name, string content) =>
            _html.Append($"<meta name=\"{name}\" content=\"{Escape(content)}\">\n");

        // ---------------------------------------------------------------- page bodies by CMS

        private void TrsBody()
        {
            _html.Append("<div class=\"warp\">\n");
            TopBar();
            Navigation("div", "header menu_hov");
            _html.Append("<div class=\"main\">\n<div class=\"content\">\n");
            Breadcrumb(" &gt; ");
            _html.Append("<div class=\"trt-row\">\n<div class=\"trt-col-6 left_nav\">\n");
            Sidebar();
            _html.Append("</div>\n<div class=\"trt-col-18\">\n");
            MetadataTable();
            _html.Append("<div class=\"article_component\">\n");
            _html.Append($"<div class=\"article_title text_align_center\">{Escape(ReportProse.Title(report))}</div>\n");
            ArticleExtend("span");
            _html.Append(
                "<div class=\"article_area\">\n<div class=\"article_content article_content_01 font_family_cn\">\n"
            );
            _html.Append("<div class=TRS_Editor>");
            Article();
            _html.Append("</div>\n</div>\n</div>\n");
            Attachments();
            _html.Append("</div>\n</div>\n</div>\n</div>\n</div>\n");
            Footer();
            _html.Append("</div>\n");
            TrailingScripts();
        }

        /// <summary>Hanweb pages are laid out with tables; the article sits in div#zoom inside them.</summary>
        private void HanwebBody()
        {
            TopBar();
            _html.Append(
                "<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n<tr>\n<td>\n"
            );
            Navigation("div", "hw_nav");
            _html.Append("</td>\n</tr>\n<tr>\n<td class=\"bt_link\">\n");
            Breadcrumb(" &gt;&gt; ");
            _html.Append("</td>\n</tr>\n</table>\n");
            _html.Append(
                "<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n<tr>\n<td width=\"220\" valign=\"top\">\n"
            );
            Sidebar();
            _html.Append("</td>\n<td width=\"780\" valign=\"top\">\n");
            MetadataTable();
            _html.Append("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n");
            _html.Append(
                $"<tr>\n<td class=\"title\" align=\"center\">{Escape(ReportProse.Title(report))}</td>\n</tr>\n"
            );
            _html.Append("<tr>\n<td class=\"bt_time\" align=\"center\">");
            ArticleExtendText();
            _html.Append("</td>\n</tr>\n<tr>\n<td class=\"bt_content\">\n<div id=\"zoom\">");
            Article();
            _html.Append("</div>\n</td>\n</tr>\n</table>\n");
            _html.Append("</td>\n</tr>\n</table>\n");
            Footer();
            TrailingScripts();
        }

        /// <summary>Nested divs without a class or id any reader looks for: the article has to be found by its
        /// text.</summary>
        private void GenericBody()
        {
            _html.Append("<div class=\"page-wrap\">\n");
            TopBar();
            Navigation("div", "main-nav");
            _html.Append("<div class=\"container clearfix\">\n");
            Breadcrumb(" / ");
            _html.Append("<div class=\"side-box fl\">\n");
            Sidebar();
            _html.Append("</div>\n<div class=\"detail-box fr\">\n");
            MetadataList();
            _html.Append($"<div class=\"detail-head\">\n<h1>{Escape(ReportProse.Title(report))}</h1>\n");
            ArticleExtend("em");
            _html.Append("</div>\n<div class=\"detail-main\">\n<div class=\"detail-text\">\n<div>");
            Article();
            _html.Append("</div>\n</div>\n</div>\n");
            Attachments();
            RelatedLinks();
            _html.Append("</div>\n</div>\n");
            Footer();
            _html.Append("</div>\n");
            TrailingScripts();
        }

        // ---------------------------------------------------------------- chrome

        private void TopBar()
        {
            _html.Append("<div class=\"topbar\">\n<div class=\"topbar-inner\">\n");
            _html.Append($"<span class=\"welcome\">欢迎访问{Escape(page.SiteName)}门户网站</span>\n");
            foreach (var link in new[] { "国务院", "省政府", "无障碍浏览", "长者模式", "移动版", "登录", "注册" })
                _html.Append($"<a href=\"javascript:void(0);\">{link}</a>\n");
            _html.Append("</div>\n</div>\n");
        }

        private void Navigation(string tag, string cssClass)
        {
            string[] items =
            [
                "首页",
                "要闻动态",
                "政务公开",
                "政务服务",
                "互动交流",
                "数据开放",
                "走进" + page.SiteName[..2],
                "专题专栏",
            ];
            string[] sub =
            [
                "领导信息",
                "机构职能",
                "政策文件",
                "政策解读",
                "规划计划",
                "财政资金",
                "人事信息",
                "重点领域",
                "建议提案办理",
                "新闻发布会",
                "政府信息公开",
                "政府公报",
            ];
            _html.Append(
                $"<{tag} class=\"{cssClass}\">\n<div class=\"logo\"><a href=\"/\"><img src=\"/images/logo.png\" alt=\"{Escape(page.SiteName)}\"></a></div>\n"
            );
            _html.Append(
                "<div class=\"search\"><input type=\"text\" placeholder=\"请输入关键词\"><button type=\"button\">搜索</button></div>\n"
            );
            _html.Append("<ul class=\"nav\">\n");
            foreach (var item in items)
                _html.Append($"<li><a href=\"/{Slug(item)}/\">{item}</a></li>\n");
            _html.Append("</ul>\n<ul class=\"subnav\">\n");
            foreach (var item in sub)
                _html.Append($"<li><a href=\"/zwgk/{Slug(item)}/\">{item}</a></li>\n");
            _html.Append($"</ul>\n</{tag}>\n");
        }

        private void Breadcrumb(string separator)
        {
            string[] path = ["首页", "政务公开", "政府信息公开", PageMetadata.Category];
            _html.Append("<div class=\"breadcrumb\">当前位置：");
            _html.Append(
                string.Join(
                    separator,
                    path.Select(
                        (p, i) => $"<a href=\"{string.Concat(Enumerable.Repeat("../", path.Length - i))}\">{p}</a>"
                    )
                )
            );
            _html.Append("</div>\n");
        }

        private void Sidebar()
        {
            string[] links =
            [
                "政府信息公开指南",
                "政府信息公开制度",
                "法定主动公开内容",
                "机构职能",
                "政策文件",
                "规划信息",
                "财政预决算",
                "政府信息公开年报",
                "依申请公开",
                "政府网站年度报表",
                "政务公开标准目录",
                "公开意见箱",
            ];
            _html.Append("<div class=\"side-title\">信息公开目录</div>\n<ul class=\"side-list\">\n");
            foreach (var link in links)
                _html.Append(
                    link == PageMetadata.Category
                        ? $"<li class=\"on\"><a href=\"../\">{link}</a></li>\n"
                        : $"<li><a href=\"/zwgk/{Slug(link)}/\">{link}</a></li>\n"
                );
            _html.Append("</ul>\n");
        }

        /// <summary>The disclosure metadata block as a table (TRS and Hanweb platforms).</summary>
        private void MetadataTable()
        {
            _html.Append(
                "<table class=\"xxgk_table\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n<tbody>\n"
            );
            _html.Append(
                $"<tr><td class=\"tit\">索引号：</td><td>{page.IndexNo}</td><td class=\"tit\">分类：</td><td>{PageMetadata.Category}</td></tr>\n"
            );
            _html.Append(
                $"<tr><td class=\"tit\">发布机构：</td><td>{Escape(page.Publisher)}</td><td class=\"tit\">{page.DocDateLabel}：</td><td>{page.DocDate:yyyy-MM-dd}</td></tr>\n"
            );
            _html.Append(
                $"<tr><td class=\"tit\">标题：</td><td colspan=\"3\">{Escape(ReportProse.Title(report))}</td></tr>\n"
            );
            _html.Append(
                $"<tr><td class=\"tit\">文号：</td><td></td><td class=\"tit\">发布日期：</td><td>{page.PublishedAt:yyyy-MM-dd}</td></tr>\n"
            );
            _html.Append("</tbody>\n</table>\n");
        }

        /// <summary>The disclosure metadata block as a list of divs (the generic page).</summary>
        private void MetadataList()
        {
            _html.Append("<div class=\"info-list\">\n<ul>\n");
            _html.Append($"<li><span>索引号：</span>{page.IndexNo}</li>\n");
            _html.Append($"<li><span>发布机构：</span>{Escape(page.Publisher)}</li>\n");
            _html.Append($"<li><span>{page.DocDateLabel}：</span>{page.DocDate:yyyy-MM-dd}</li>\n");
            _html.Append("<li><span>文号：</span></li>\n");
            _html.Append($"<li><span>分类：</span>{PageMetadata.Category}</li>\n");
            _html.Append("</ul>\n</div>\n");
        }

        private void ArticleExtend(string tag)
        {
            _html.Append(
                $"<div class=\"article_extend\">\n<{tag} class=\"article_source\">来源：{Escape(page.ContentSource)}</{tag}>\n"
            );
            _html.Append($"<{tag} class=\"article_time\">时间：{page.PubDate}</{tag}>\n");
            _html.Append(
                $"<{tag} class=\"article_font\">字号：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a></{tag}>\n</div>\n"
            );
        }

        private void ArticleExtendText() =>
            _html.Append(
                $"发布日期：{page.PubDate}&nbsp;&nbsp;&nbsp;信息来源：{Escape(page.ContentSource)}&nbsp;&nbsp;&nbsp;【字体：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】"
            );

        private void Attachments() =>
            _html.Append(
                "<div class=\"article_tools\">\n<a href=\"javascript:window.print();\">【打印本页】</a>\n<a href=\"javascript:window.close();\">【关闭窗口】</a>\n</div>\n"
            );

        private void RelatedLinks()
        {
            _html.Append("<div class=\"related\">\n<div class=\"related-title\">相关阅读</div>\n<ul>\n");
            foreach (var link in new[] { "政府信息公开指南", "政府信息公开申请表（下载）", "政务公开工作要点" })
                _html.Append($"<li><a href=\"/zwgk/{Slug(link)}/\">{Escape(page.SiteName)}{link}</a></li>\n");
            _html.Append("</ul>\n</div>\n");
        }

        private void Footer()
        {
            _html.Append("<div class=\"footer\">\n<div class=\"footer-links\">");
            _html.Append(
                string.Join(
                    " | ",
                    new[] { "网站地图", "联系我们", "使用帮助", "隐私声明" }.Select(l =>
                        $"<a href=\"/{Slug(l)}/\">{l}</a>"
                    )
                )
            );
            _html.Append("</div>\n");
            _html.Append(
                $"<p>主办单位：{Escape(page.SiteName)}办公室&nbsp;&nbsp;承办单位：{Escape(page.SiteName)}大数据中心</p>\n"
            );
            _html.Append(
                $"<p>Copyright &copy; {page.PublishedAt.Year} {Escape(page.SiteName)} 版权所有&nbsp;&nbsp;网站标识码：{page.IndexNo[2..8]}0001</p>\n"
            );
            _html.Append(
                $"<p>备案号：ICP备{page.IndexNo[8..16]}号-1&nbsp;&nbsp;公网安备 {page.IndexNo[2..8]}02000{page.IndexNo[8..11]}号</p>\n"
            );
            _html.Append("<p>建议使用1366&times;768分辨率浏览本网站</p>\n</div>\n");
        }

        private void TrailingScripts()
        {
            _html
                .Append("<script type=\"text/javascript\">\n")
                .Append(
                    "$(function(){ $(\".side-list li\").hover(function(){ $(this).addClass(\"hover\"); }, function(){ $(this).removeClass(\"hover\"); }); });\n"
                )
                .Append(
                    "var _hmt = _hmt || []; (function(){ var hm = document.createElement(\"script\"); hm.src = \"/js/stat.js\"; document.body.appendChild(hm); })();\n"
                )
                .Append("</script>\n");
        }

        // ---------------------------------------------------------------- the article

        private void Article()
        {
            _html.Append("<p><br/></p>");
            Title();
            Paragraph("&nbsp;", raw: true);
            Paragraph(ReportProse.Preamble(report));
            Heading(ReportProse.Heading(report, ReportProse.Overview));
            foreach (var paragraph in ReportProse.OverviewParagraphs(report))
                Paragraph(paragraph);

            Heading(ReportProse.Heading(report, ReportProse.Proactive));
            _html.Append("<div align=\"center\">");
            Table(
                ReportLayout
                    .ProactiveGrid(
                        report,
                        formatter,
                        options.SpanQuirks && report.Version == Templates.TemplateVersion.Gov2019
                    )
                    .ToList(),
                border: 0
            );
            _html.Append("</div>");

            Heading(ReportProse.Heading(report, ReportProse.Requests));
            RequestsTables();

            Heading(ReportProse.Heading(report, ReportProse.ReviewLitigation));
            foreach (var review in ReportLayout.ReviewTables(report, formatter))
                Table(review, border: 1);

            Heading(ReportProse.Heading(report, ReportProse.Problems));
            Paragraph(ReportProse.ProblemsParagraph(report));
            Heading(ReportProse.Heading(report, ReportProse.Other));
            Paragraph(ReportProse.OtherParagraph(report));
            Paragraph("&nbsp;", raw: true);
            RightAligned(report.Agency);
            RightAligned(ReportProse.SignatureDate(report));
        }

        /// <summary>The title as Word centres it; with Word markup broken in two lines after the year, as the Pingtan
        /// pages print it.</summary>
        private void Title()
        {
            const string style =
                "text-align:center;line-height:29.5pt;margin:0pt;font-family:仿宋_GB2312;font-size:16pt";
            const string font = "font-family:方正小标宋简体;font-size:22pt";
            var title = ReportProse.Title(report);
            if (!options.WordMarkup)
            {
                _html.Append($"<p style=\"{style}\"><span style=\"{font}\">{Escape(title)}</span></p>");
                return;
            }
            var cut = $"{report.Agency}{report.Year}年".Length;
            _html.Append(
                $"<p style=\"{style}\"><span style=\"{font}\"><span style=\"font-family:方正小标宋简体\">{Escape(report.Agency)}</span>{report.Year}年</span></p>"
            );
            _html.Append($"<p style=\"{style}\"><span style=\"{font}\">{Escape(title[cut..])}</span></p>");
        }

        private void Heading(string? text)
        {
            if (text is null)
                return;
            _html.Append("<p style=\"text-indent:32pt;line-height:29.5pt;margin:0pt;text-align:justify\">");
            if (options.WordMarkup)
            {
                // A heading in two runs, after an indent of ideographic spaces (the way Word saves a re-typed heading).
                var cut = 2 + _random.Next(Math.Max(1, text.Length - 3));
                _html
                    .Append("<span><span>　　</span></span>")
                    .Append(
                        $"<span style=\"font-family:黑体;font-size:16pt\"><span style=\"font-family:黑体\">{Escape(text[..cut])}</span></span>"
                    )
                    .Append($"<span style=\"font-family:黑体;font-size:16pt\">{Escape(text[cut..])}</span>");
            }
            else
            {
                _html.Append($"<span style=\"font-family:黑体;font-size:16pt\">{Escape(text)}</span>");
            }
            _html.Append("</p>");
        }

        private void Paragraph(string text, bool raw = false)
        {
            var body = raw ? text : Escape(text);
            if (!raw && options.WordMarkup && _random.Next(3) == 0)
                body = "&nbsp;&nbsp;&nbsp;&nbsp;" + body;
            _html.Append(
                $"<p style=\"text-indent:32pt;line-height:29.5pt;margin:0pt;text-align:justify;font-family:{BodyFont};font-size:16pt\"><span style=\"font-family:{BodyFont};font-size:16pt\">{body}</span></p>"
            );
        }

        private void RightAligned(string text) =>
            _html.Append(
                $"<p style=\"text-align:right;line-height:29.5pt;margin:0pt\"><span style=\"font-family:{BodyFont};font-size:16pt\">{Escape(text)}</span></p>"
            );

        /// <summary>Section 三: one table, or split between two result rows as <see cref="HtmlOptions.SplitRequests"/>
        /// says.</summary>
        private void RequestsTables()
        {
            var header = ReportLayout.RequestHeaderCells(report, options.SpanQuirks);
            var rowCount = report.Template.Table("s3")!.Rows.Count;
            if (options.SplitRequests == RequestsSplit.None)
            {
                Table([.. header, .. Widen(ReportLayout.RequestRowCells(report, formatter))], border: 1);
                return;
            }

            // Between two rows under 三、本年度办理结果: never before （一） or after （七）总计.
            var rows = report.Template.Table("s3")!.Rows;
            var candidates = Enumerable
                .Range(1, rowCount - 1)
                .Where(i => ReportLayout.IsResultRow(rows[i - 1].Code) && ReportLayout.IsResultRow(rows[i].Code))
                .ToList();
            var split = candidates[_random.Next(candidates.Count)];
            var repeat = options.SplitRequests != RequestsSplit.NoHeader;
            var first = Widen(ReportLayout.RequestRowCells(report, formatter, 0, split, repeatCutLabels: true));
            var second = Widen(
                ReportLayout.RequestRowCells(report, formatter, split, rowCount, repeatCutLabels: repeat)
            );
            switch (options.SplitRequests)
            {
                case RequestsSplit.InTable:
                    Table([.. header, .. first, .. second], border: 1);
                    notes.Add(
                        $"section 三 broken inside its table before row {rows[split].Code}: the merged labels cut there are printed again below the break"
                    );
                    break;
                case RequestsSplit.RepeatHeader:
                    Table([.. header, .. first], border: 1);
                    Paragraph("&nbsp;", raw: true);
                    Table([.. header, .. second], border: 1);
                    notes.Add(
                        $"section 三 split into two tables before row {rows[split].Code}; the second repeats the header and the merged labels cut by the split"
                    );
                    break;
                default:
                    Table([.. header, .. first], border: 1);
                    Table(second, border: 1);
                    notes.Add(
                        $"section 三 split into two tables before row {rows[split].Code}; the second has no header and the merged labels cut by the split are empty merged cells"
                    );
                    break;
            }
        }

        /// <summary>With span quirks, the 商业企业 figures two grid columns wide like their header.</summary>
        private List<LayoutCell[]> Widen(IEnumerable<LayoutCell[]> rows) =>
            [
                .. rows.Select(row =>
                    options.SpanQuirks
                        ? row.Select(c =>
                                c.Key?.EndsWith("." + ReportLayout.SpanQuirkColumn, StringComparison.Ordinal) == true
                                    ? c with
                                    {
                                        ColSpan = 2,
                                    }
                                    : c
                            )
                            .ToArray()
                        : row
                ),
            ];

        // ---------------------------------------------------------------- Word tables

        private void Table(IReadOnlyList<LayoutCell[]> rows, int border)
        {
            _html.Append(
                $"<table border=\"{border}\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;border:none\"><tbody>"
            );
            foreach (var row in rows)
            {
                _html.Append("<tr style=\"height:20.1pt\">");
                foreach (var cell in row)
                    Cell(cell);
                _html.Append("</tr>");
            }
            _html.Append("</tbody></table>");
        }

        private void Cell(LayoutCell cell)
        {
            _html.Append("<td");
            if (cell.RowSpan > 1)
                _html.Append($" rowspan=\"{cell.RowSpan}\"");
            if (cell.ColSpan > 1)
                _html.Append($" colspan=\"{cell.ColSpan}\"");
            _html.Append($" valign=\"center\" style=\"{CellStyle}\">");
            _html.Append(cell.IsValue ? ValueContent(cell) : LabelContent(cell.Text));
            _html.Append("</td>");
        }

        /// <summary>A label or header cell; with Word markup sometimes broken by &lt;br&gt;, split across two spans or
        /// two paragraphs.</summary>
        private string LabelContent(string text)
        {
            if (text.Length == 0)
                return Runs("&nbsp;");
            if (!options.WordMarkup || text.Length < 4)
                return Runs(Escape(text));
            var cut = 1 + _random.Next(text.Length - 2);
            var (head, tail) = (Escape(text[..cut]), Escape(text[cut..]));
            return _random.Next(6) switch
            {
                0 => Runs($"{head}<br/>{tail}"),
                1 => Runs(head) + Runs(tail),
                2 or 3 => Runs(head + "</span><span style=\"font-family:" + BodyFont + ";font-size:10.5pt\">" + tail),
                _ => Runs(Escape(text)),
            };
        }

        /// <summary>A value cell: blank as &amp;nbsp;, some figures full-width; with Word markup, &amp;nbsp; runs and
        /// figures split across runs.</summary>
        private string ValueContent(LayoutCell cell)
        {
            var text = cell.Text;
            if (text.Length == 0)
                return Runs("&nbsp;");
            static string Markup(string plain) => Superscript(Escape(plain));
            if (options.FullWidthDigits && text.Any(char.IsAsciiDigit) && _random.Next(4) == 0)
            {
                text = CellFormatter.FullWidth(text);
                _fullWidth.Add(cell.Key!);
            }
            if (!options.WordMarkup)
                return Runs(Markup(text));
            return _random.Next(8) switch
            {
                0 => Runs("&nbsp;</span><span style=\"font-family:" + BodyFont + ";font-size:10.5pt\">" + Markup(text)),
                1 => Runs(
                    Markup(text)
                        + "</span><span style=\"font-family:"
                        + BodyFont
                        + ";font-size:10.5pt\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                ),
                2 => Runs($"<font face=\"Calibri\">&nbsp;</font><font face=\"{BodyFont}\">{Markup(text)}</font>"),
                3 when text.Length >= 2 => Runs(
                    Markup(text[..1])
                        + "</span><span style=\"font-family:"
                        + BodyFont
                        + ";font-size:10.5pt\">"
                        + Markup(text[1..])
                ),
                4 => Markup(text), // typed straight into the cell, no paragraph (Pingtan 2019: <td>0</td>)
                _ => Runs(Markup(text)),
            };
        }

        /// <summary>A note's reference after a figure as the web page sets it:
        /// 80<c>&lt;sup&gt;1&lt;/sup&gt;</c>.</summary>
        private static string Superscript(string escaped) =>
            escaped.EndsWith(ReportLayout.NoteMark, StringComparison.Ordinal)
                ? escaped[..^1] + "<sup>1</sup>"
                : escaped;

        private string OfficeEnd => options.WordMarkup ? "<o:p></o:p>" : "";

        /// <summary>One Word paragraph holding the runs (the content is already markup).</summary>
        private string Runs(string content) => $"<p style=\"{CellParagraph}\">{Span(content)}{OfficeEnd}</p>";

        private static string Span(string content) =>
            $"<span style=\"font-family:{BodyFont};font-size:10.5pt\">{content}</span>";

        // ---------------------------------------------------------------- text

        private static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

        /// <summary>A stable made-up path segment for a link (the links lead nowhere; their text is what
        /// matters).</summary>
        private static string Slug(string text) =>
            "c"
            + (text.Aggregate(17u, (h, c) => unchecked(h * 31 + c)) % 100_000).ToString(CultureInfo.InvariantCulture);
    }
}
