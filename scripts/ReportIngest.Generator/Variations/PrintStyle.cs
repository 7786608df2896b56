using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Generator.Variations;

/// <summary>
/// How one document prints its headings, labels and headers under its <see cref="Variation"/>s. Every choice is made
/// once per document (a filer types one style throughout) and once per label text, so a label printed twice (a
/// table split across pages, a header repeated) prints the same both times. With no variation every text is the
/// template's.
/// </summary>
public sealed partial class PrintStyle
{
    /// <summary>Characters a typist may hit instead of the intended one (same reading or same shape).</summary>
    private static readonly Dictionary<char, char> Slips = new()
    {
        ['公'] = '工',
        ['开'] = '升',
        ['政'] = '正',
        ['府'] = '付',
        ['信'] = '言',
        ['申'] = '伸',
        ['请'] = '清',
        ['数'] = '树',
        ['量'] = '里',
        ['理'] = '里',
        ['处'] = '外',
        ['办'] = '为',
        ['结'] = '洁',
        ['转'] = '传',
        ['度'] = '渡',
        ['续'] = '读',
        ['予'] = '于',
        ['部'] = '布',
        ['分'] = '份',
        ['护'] = '户',
        ['权'] = '全',
        ['益'] = '溢',
        ['属'] = '嘱',
        ['国'] = '囯',
        ['密'] = '蜜',
        ['律'] = '侓',
        ['禁'] = '楚',
        ['危'] = '为',
        ['稳'] = '隐',
        ['第'] = '弟',
        ['方'] = '放',
        ['合'] = '和',
        ['内'] = '纳',
        ['务'] = '物',
        ['类'] = '累',
        ['过'] = '这',
        ['程'] = '呈',
        ['性'] = '姓',
        ['执'] = '持',
        ['案'] = '按',
        ['卷'] = '券',
        ['询'] = '洵',
        ['掌'] = '常',
        ['握'] = '屋',
        ['相'] = '想',
        ['现'] = '见',
        ['需'] = '须',
        ['另'] = '别',
        ['制'] = '治',
        ['作'] = '做',
        ['补'] = '朴',
        ['容'] = '客',
        ['仍'] = '扔',
        ['确'] = '却',
        ['访'] = '仿',
        ['举'] = '拳',
        ['投'] = '没',
        ['诉'] = '拆',
        ['供'] = '共',
        ['版'] = '板',
        ['物'] = '吻',
        ['反'] = '返',
        ['认'] = '任',
        ['获'] = '荻',
        ['逾'] = '愈',
        ['期'] = '其',
        ['未'] = '末',
        ['缴'] = '交',
        ['纳'] = '呐',
        ['费'] = '废',
        ['新'] = '亲',
        ['收'] = '攸',
        ['业'] = '亚',
        ['构'] = '购',
        ['组'] = '祖',
        ['织'] = '职',
        ['服'] = '福',
        ['科'] = '料',
        ['研'] = '妍',
        ['许'] = '午',
        ['罚'] = '伐',
        ['强'] = '墙',
        ['采'] = '菜',
        ['购'] = '构',
        ['项'] = '顶',
        ['件'] = '伴',
        ['年'] = '午',
        ['上'] = '止',
    };

    /// <summary>Strays a typist or a converter leaves in a heading.</summary>
    private const string Strays = "法的工作之及等各";

    private static readonly Dictionary<string, string> AnnotationsOf = new()
    {
        ["规章"] = "规章（设区的市、自治州人民政府应提供相关数据）",
        ["上一年项目数量"] = "上一年项目数量（指上年度事项数）",
        ["本年增/减"] = "本年增/减（减用负值表示，如-8）",
        ["采购项目数量"] = "采购项目数量（个）",
        ["本年新公开数量"] = "本年新公开数量（含新制作）",
        ["现行有效件数"] = "现行有效件数（截至年底）",
        ["法律服务机构"] = "法律服务机构（律师事务所等）",
    };

    private readonly Random _random;
    private readonly Dictionary<string, string> _printed = [];
    private readonly HashSet<string> _typoTargets;
    private readonly string _itemNumbering;
    private readonly bool _halfWidthBrackets;
    private readonly (string Open, string Close) _quotes;
    private readonly bool _nextYearWording;
    private readonly bool _normativeWithoutPrefix;
    private readonly string _articleStyle;
    private readonly int _headingWording;
    private readonly string _headingNumbering;

    public PrintStyle(Variation variations, Random random)
    {
        Variations = variations;
        _random = random;
        _itemNumbering = Pick(["1.", "1、", "（1）", "①", "(1)"]);
        _halfWidthBrackets = random.Next(2) == 0;
        _quotes = Pick([("“", "”"), ("「", "」"), ("\"", "\""), ("", ""), ("‘", "’")]);
        _nextYearWording = random.Next(2) == 0;
        _normativeWithoutPrefix = random.Next(2) == 0;
        _articleStyle = Pick(["spaced", "halfwidth", "plain", "bare"]);
        _headingWording = random.Next(3);
        _headingNumbering = Pick(["、", "（）", ".", "fullwidth", "part"]);
        TaiwanPhrases = random.Next(2) == 0;
        SubtotalUnderGroup = random.Next(2) == 0;
        GroupRowSums = random.Next(2) == 0;
        _typoTargets = [];
        if (Has(Variation.LabelTypos))
            _typoTargets = [.. TypoCandidates.OrderBy(_ => random.Next()).Take(3)];
    }

    /// <summary>The style of a document printed exactly as the template prints.</summary>
    public static PrintStyle Plain { get; } = new(Variation.None, new Random(0));

    public Variation Variations { get; }

    public bool Has(Variation variation) => (Variations & variation) != 0;

    /// <summary>With <see cref="Variation.Traditional"/>: converted in the Taiwan style, phrases too (信息 → 資訊, 文件 →
    /// 檔案).</summary>
    public bool TaiwanPhrases { get; }

    /// <summary>A choice a renderer makes for one row or cell, from the document's seed.</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A number below <paramref name="bound"/> from the document's seed.</summary>
    public int Next(int bound) => _random.Next(bound);

    /// <summary>With <see cref="Variation.SubtotalColumn"/>: 小计 as a sixth column under 法人或其他组织, else a 法人或其他组织小计
    /// column of its own.</summary>
    public bool SubtotalUnderGroup { get; }

    /// <summary>With <see cref="Variation.GroupRows"/>: the group rows print the sums of their items (no template cell
    /// holds them), else they are blank.</summary>
    public bool GroupRowSums { get; }

    /// <summary>Long row labels and headers that may carry a typo: the ones whose key phrases a slip can
    /// break.</summary>
    private static readonly string[] TypoCandidates =
    [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "四、结转下年度继续办理",
        "社会公益组织",
        "法律服务机构",
        "行政事业性收费",
    ];

    /// <summary>A row label, group label or header as this document prints it.</summary>
    public string Label(string template)
    {
        if (template.Length == 0 || Variations == Variation.None)
            return template;
        if (_printed.TryGetValue(template, out var printed))
            return printed;
        var text = template;
        if (Has(Variation.LabelVariants))
            text = Variant(text);
        if (Has(Variation.Annotations) && AnnotationsOf.TryGetValue(text, out var annotated))
            text = annotated;
        if (_typoTargets.Contains(template))
            text = Typo(text);
        if (Has(Variation.SpacedLabels) && Core(text).Length is >= 2 and <= 6 && _random.Next(3) > 0)
            text = Spaced(text);
        _printed[template] = text;
        return text;
    }

    /// <summary>The sub-header of a section 二 sub-table: 第二十条第（一）项 and its variants.</summary>
    public string ArticleHeader(string item)
    {
        if (!Has(Variation.LabelVariants))
            return $"第二十条第（{item}）项";
        return _articleStyle switch
        {
            "spaced" => $"第二十条 第（{item}）项",
            "halfwidth" => $"第二十条第({item})项",
            "plain" => $"第二十条第{item}项",
            _ => $"第二十条第（{item}）项：",
        };
    }

    /// <summary>
    /// A section heading as printed, or null when <see cref="Variation.NoHeadings"/> leaves it out (only the headings
    /// of the three table sections, 二、三、四, are ever left out). <paramref name="number"/> is its Chinese numeral.
    /// </summary>
    public string? Heading(string template)
    {
        var number = template[..1];
        var body = template[2..];
        var tableSection = number is "二" or "三" or "四";
        if (tableSection && Has(Variation.NoHeadings))
            return null;
        if (_printed.TryGetValue("heading:" + template, out var printed))
            return printed;
        if (Has(Variation.HeadingVariants))
            (number, body) = (Numbered(number), Worded(number, body));
        else
            number += "、";
        if (tableSection && Has(Variation.HeadingTypos))
            body = Garbled(body);
        var text = number + body;
        _printed["heading:" + template] = text;
        return text;
    }

    private string Numbered(string numeral) =>
        _headingNumbering switch
        {
            "（）" => $"（{numeral}）",
            "." => $"{"一二三四五六".IndexOf(numeral, StringComparison.Ordinal) + 1}.",
            "fullwidth" => $"{(char)('０' + "一二三四五六".IndexOf(numeral, StringComparison.Ordinal) + 1)}．",
            "part" => $"第{numeral}部分 ",
            _ => numeral + "、",
        };

    private string Worded(string numeral, string body) =>
        (numeral, _headingWording) switch
        {
            ("四", 0) => "因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
            ("四", 1) => "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
            ("三", 0) => "收到和处理政府信息公开申请的情况",
            ("二", 1) => "主动公开情况",
            ("五", 0) => "政府信息公开工作存在的主要问题及改进情况",
            ("五", 1) => "存在问题及改进情况",
            _ => body,
        };

    /// <summary>One stray character inserted, one character dropped or one replaced, never in the first two.</summary>
    private string Garbled(string body)
    {
        var at = 2 + _random.Next(body.Length - 3);
        return _random.Next(3) switch
        {
            0 => body[..at] + Strays[_random.Next(Strays.Length)] + body[at..],
            1 => body[..at] + body[(at + 1)..],
            _ => body[..at] + Slips.GetValueOrDefault(body[at], Strays[_random.Next(Strays.Length)]) + body[(at + 1)..],
        };
    }

    private string Variant(string text)
    {
        if (ItemNumber().Match(text) is { Success: true } item)
        {
            var n = int.Parse(item.Groups[1].Value);
            var mark = _itemNumbering switch
            {
                "1、" => $"{n}、",
                "（1）" => $"（{n}）",
                "①" => ((char)('①' + n - 1)).ToString(),
                "(1)" => $"({n})",
                _ => $"{n}.",
            };
            text = mark + text[item.Length..];
        }
        if (_halfWidthBrackets)
            text = text.Replace('（', '(').Replace('）', ')');
        text = text.Replace("“", _quotes.Open).Replace("”", _quotes.Close);
        if (_nextYearWording)
            text = text.Replace("结转下年度", "结转下一年度");
        if (_normativeWithoutPrefix && text == "行政规范性文件")
            text = "规范性文件";
        return text;
    }

    /// <summary>A slip on one character of the label's text (never its numbering), or the character dropped.</summary>
    private string Typo(string text)
    {
        var core = Core(text);
        var start = text.Length - core.Length;
        var positions = Enumerable.Range(start + 1, core.Length - 2).Where(i => Slips.ContainsKey(text[i])).ToList();
        if (positions.Count == 0 || _random.Next(4) == 0)
        {
            var drop = start + 1 + _random.Next(core.Length - 2);
            return text[..drop] + text[(drop + 1)..];
        }
        var at = positions[_random.Next(positions.Count)];
        return text[..at] + Slips[text[at]] + text[(at + 1)..];
    }

    /// <summary>Characters of a short label spread with spaces, as Word's distributed alignment does (自 然 人).</summary>
    private static string Spaced(string text)
    {
        var core = Core(text);
        var head = text[..(text.Length - core.Length)];
        var sb = new StringBuilder(head);
        for (var i = 0; i < core.Length; i++)
        {
            if (i > 0)
                sb.Append(' ');
            sb.Append(core[i]);
        }
        return sb.ToString();
    }

    /// <summary>The label without its item numbering.</summary>
    private static string Core(string text) => LeadingNumbering().Replace(text, "");

    private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];

    [GeneratedRegex(@"^(\d+)\.")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")]
    private static partial Regex LeadingNumbering();
}
