using System.Text.RegularExpressions;
using ReportIngest.Text;

namespace ReportIngest.Crawling.Fetching;

/// <summary>
/// Recognises a human-verification page served in place of content (验证码, 人机验证, 滑动验证, captcha): its title says
/// so, or it is a short page that says so. A report page's footer linking a login form is not one.
/// </summary>
internal static partial class CaptchaPage
{
    private const int ShortPageBytes = 8 * 1024;

    public static bool Is(byte[] body, string? contentType)
    {
        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            return false;
        var text = Decode(body.Length > 64 * 1024 ? body[..(64 * 1024)] : body);
        var title = Title().Match(text);
        if (title.Success && Markers().IsMatch(title.Groups[1].Value))
            return true;
        return body.Length <= ShortPageBytes && Markers().IsMatch(text);
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return HtmlDecoder.Decode(bytes);
        }
        catch (Documents.DocumentReadException)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }
    }

    [GeneratedRegex("(?is)<title[^>]*>(.*?)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("(?i)验证码|人机验证|滑动验证|安全验证|访问验证|captcha|are you a robot")]
    private static partial Regex Markers();
}
