using System.Globalization;
using PartnerHelp.Core.Chat;

namespace PartnerHelp.Core.Tests.Chat;

/// <summary>
/// Incident dates as people write them in each of the nine languages, read on Sunday 6 December 2026. The credit
/// deadline is computed from the first date found, so each case checks that one.
/// </summary>
public sealed class ChatDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("en", "outage on Nov 26th, can we still claim?", "2026-11-26")]
    [InlineData("en", "downtime on the 26th of November", "2026-11-26")]
    [InlineData("en", "incident November 26, 2026", "2026-11-26")]
    [InlineData("en", "billed during the outage of 11/26/2026", "2026-11-26")]
    [InlineData("en", "it happened the day before yesterday", "2026-12-04")]
    [InlineData("en", "the service was down 3 days ago", "2026-12-03")]
    [InlineData("en", "we lost service 2 weeks ago", "2026-11-22")]
    [InlineData("en", "an outage last week", "2026-11-29")]
    [InlineData("en", "since last Monday nothing works", "2026-11-30")]
    [InlineData("en", "an outage last month", "2026-11-06")]
    [InlineData("de", "Ausfall am 26.11., bis wann Gutschrift?", "2026-11-26")]
    [InlineData("de", "Störung am 26. Nov.", "2026-11-26")]
    [InlineData("de", "Vorfall vom 26-11-2026", "2026-11-26")]
    [InlineData("de", "der Ausfall war vorgestern", "2026-12-04")]
    [InlineData("de", "vor 3 Tagen war alles down", "2026-12-03")]
    [InlineData("de", "seit letzten Montag", "2026-11-30")]
    [InlineData("de", "Hier ist unser Fall: Ausfall am 26.11.", "2026-11-26")]
    [InlineData("fr", "panne le 26/11", "2026-11-26")]
    [InlineData("fr", "incident du 26 nov.", "2026-11-26")]
    [InlineData("fr", "la panne d'avant-hier", "2026-12-04")]
    [InlineData("fr", "il y a 3 jours", "2026-12-03")]
    [InlineData("fr", "lundi dernier le service était coupé", "2026-11-30")]
    [InlineData("fr", "la semaine dernière", "2026-11-29")]
    [InlineData("es", "caída el 26 de nov", "2026-11-26")]
    [InlineData("es", "incidente del 26/11/2026", "2026-11-26")]
    [InlineData("es", "anteayer se cayó todo", "2026-12-04")]
    [InlineData("es", "hace 3 días", "2026-12-03")]
    [InlineData("es", "el lunes pasado", "2026-11-30")]
    [InlineData("es", "la semana pasada", "2026-11-29")]
    [InlineData("pt-BR", "queda no dia 26/11", "2026-11-26")]
    [InlineData("pt-BR", "em 26 de novembro de 2026", "2026-11-26")]
    [InlineData("pt-BR", "anteontem ficou fora do ar", "2026-12-04")]
    [InlineData("pt-BR", "há 3 dias", "2026-12-03")]
    [InlineData("pt-BR", "faz 3 dias que caiu", "2026-12-03")]
    [InlineData("pt-BR", "3 dias atrás", "2026-12-03")]
    [InlineData("pt-BR", "na segunda-feira passada", "2026-11-30")]
    [InlineData("sv", "avbrott den 26 nov", "2026-11-26")]
    [InlineData("sv", "i förrgår låg tjänsten nere", "2026-12-04")]
    [InlineData("sv", "för 3 dagar sedan", "2026-12-03")]
    [InlineData("sv", "i måndags", "2026-11-30")]
    [InlineData("sv", "förra veckan", "2026-11-29")]
    [InlineData("sv", "i går", "2026-12-05")]
    [InlineData("vi", "sự cố ngày 26/11", "2026-11-26")]
    [InlineData("vi", "gián đoạn 26 tháng 11", "2026-11-26")]
    [InlineData("vi", "ngày 26-11-2026", "2026-11-26")]
    [InlineData("vi", "hôm kia bị sập", "2026-12-04")]
    [InlineData("vi", "3 ngày trước", "2026-12-03")]
    [InlineData("vi", "thứ hai tuần trước", "2026-11-23")]
    [InlineData("vi", "tuần trước", "2026-11-29")]
    [InlineData("ja", "2026年11月26日の障害", "2026-11-26")]
    [InlineData("ja", "11月26日に障害", "2026-11-26")]
    [InlineData("ja", "１１月２６日の停止", "2026-11-26")]
    [InlineData("ja", "障害は3日前でした", "2026-12-03")]
    [InlineData("ja", "先週の月曜日にサービスが停止", "2026-11-23")]
    [InlineData("ja", "実は昨日停止しました", "2026-12-05")]
    [InlineData("ja", "一昨日の障害", "2026-12-04")]
    [InlineData("ar", "عطل يوم ٢٦ نوفمبر", "2026-11-26")]
    [InlineData("ar", "انقطاع في 26 تشرين الثاني", "2026-11-26")]
    [InlineData("ar", "عطل في 3 كانون الأول", "2026-12-03")]
    [InlineData("ar", "عطل في 15 كانون الثاني", "2026-01-15")]
    [InlineData("ar", "انقطاع 5 آب", "2026-08-05")]
    [InlineData("ar", "انقطاع 12 شباط", "2026-02-12")]
    [InlineData("ar", "عطل 4 يونيه", "2026-06-04")]
    [InlineData("ar", "حادث بتاريخ ٢٦/١١/٢٠٢٦", "2026-11-26")]
    [InlineData("ar", "العطل كان أول أمس", "2026-12-04")]
    [InlineData("ar", "قبل 3 أيام", "2026-12-03")]
    [InlineData("ar", "يوم الاثنين الماضي", "2026-11-30")]
    [InlineData("ar", "الأسبوع الماضي", "2026-11-29")]
    public void Find_ReadsTheIncidentDate_AsWritten(string language, string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ChatDates.Find(ResourceIds.Normalize(text), Today, language == "en", language)[0]);

    [Theory]
    [InlineData("en", "a refund takes 10-12 days")]
    [InlineData("en", "can I file it on Monday?")]
    [InlineData("de", "Ich bin hier, weil CT-1002 nicht geht")]
    [InlineData("ja", "30日以内に申請してください")]
    public void Find_LeavesOtherWordsAndNumbers(string language, string text) =>
        Assert.Empty(ChatDates.Find(ResourceIds.Normalize(text), Today, language == "en", language));
}
