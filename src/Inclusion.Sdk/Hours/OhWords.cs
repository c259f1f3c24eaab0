namespace Inclusion.Sdk.Hours;

/// <summary>What a word of an opening-hours value means.</summary>
internal enum WordKind : byte
{
    None = 0,
    Day,
    Holiday,
    Month,
    Week,
    Modifier,
    AmbiguousDayOrMonth,
    Unsupported,
    Easter,
    Sun,
}

/// <summary>Recognises OSM keywords and their tolerated variants (English, French, other cases).</summary>
internal static class OhWords
{
    internal static readonly string[] DayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    internal static readonly string[] MonthNames = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Classifies a word; <paramref name="canonical"/> is true when it is written exactly as OSM wants.</summary>
    internal static WordKind Classify(ReadOnlySpan<char> word, out int value, out bool canonical)
    {
        canonical = true;
        value = 0;
        if (word.Length == 2)
        {
            value = CanonicalDay(word[0], word[1]);
            if (value >= 0)
            {
                return WordKind.Day;
            }

            if (word[1] == 'H' && (word[0] == 'P' || word[0] == 'S'))
            {
                value = word[0] == 'P' ? (int)HolidayKinds.Public : (int)HolidayKinds.School;
                return WordKind.Holiday;
            }
        }
        else if (word.Length == 3)
        {
            for (var m = 1; m <= 12; m++)
            {
                if (word.SequenceEqual(MonthNames[m]))
                {
                    value = m;
                    return WordKind.Month;
                }
            }

            if (word.SequenceEqual("off"))
            {
                value = (int)RuleModifier.Closed;
                return WordKind.Modifier;
            }
        }
        else if (word.SequenceEqual("open"))
        {
            value = (int)RuleModifier.Open;
            return WordKind.Modifier;
        }
        else if (word.SequenceEqual("closed"))
        {
            value = (int)RuleModifier.Closed;
            return WordKind.Modifier;
        }
        else if (word.SequenceEqual("unknown"))
        {
            value = (int)RuleModifier.Unknown;
            return WordKind.Modifier;
        }
        else if (word.SequenceEqual("week"))
        {
            return WordKind.Week;
        }
        else if (word.SequenceEqual("easter") || word.SequenceEqual("Easter"))
        {
            return WordKind.Easter;
        }
        else if (SunValue(word) is var sun and > 0)
        {
            value = sun;
            return WordKind.Sun;
        }

        canonical = false;
        return ClassifyTolerant(word, out value);
    }

    private static int CanonicalDay(char a, char b) => (a, b) switch
    {
        ('M', 'o') => 0,
        ('T', 'u') => 1,
        ('W', 'e') => 2,
        ('T', 'h') => 3,
        ('F', 'r') => 4,
        ('S', 'a') => 5,
        ('S', 'u') => 6,
        _ => -1,
    };

    private static WordKind ClassifyTolerant(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.Length > 12)
        {
            return WordKind.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            lower[k] = RemoveAccent(char.ToLowerInvariant(word[k]));
        }

        switch (lower)
        {
            case "mo" or "mon" or "monday" or "lu" or "lun" or "lundi":
                value = 0;
                return WordKind.Day;
            case "tu" or "tue" or "tues" or "tuesday" or "ma" or "mardi":
                value = 1;
                return WordKind.Day;
            case "we" or "wed" or "wednesday" or "me" or "mer" or "mercredi":
                value = 2;
                return WordKind.Day;
            case "th" or "thu" or "thur" or "thurs" or "thursday" or "je" or "jeu" or "jeudi":
                value = 3;
                return WordKind.Day;
            case "fr" or "fri" or "friday" or "ve" or "ven" or "vendredi":
                value = 4;
                return WordKind.Day;
            case "sa" or "sat" or "saturday" or "sam" or "samedi":
                value = 5;
                return WordKind.Day;
            case "su" or "sun" or "sunday" or "di" or "dim" or "dimanche":
                value = 6;
                return WordKind.Day;
            case "ph" or "ferie" or "feries" or "jf":
                value = (int)HolidayKinds.Public;
                return WordKind.Holiday;
            case "sh":
                value = (int)HolidayKinds.School;
                return WordKind.Holiday;
            case "jan" or "janv" or "janvier" or "january":
                value = 1;
                return WordKind.Month;
            case "feb" or "fev" or "fevr" or "fevrier" or "february":
                value = 2;
                return WordKind.Month;
            case "mars" or "march":
                value = 3;
                return WordKind.Month;
            case "apr" or "avr" or "avril" or "april":
                value = 4;
                return WordKind.Month;
            case "may" or "mai":
                value = 5;
                return WordKind.Month;
            case "jun" or "juin" or "june":
                value = 6;
                return WordKind.Month;
            case "jul" or "juil" or "juillet" or "july":
                value = 7;
                return WordKind.Month;
            case "aug" or "aou" or "aout" or "august":
                value = 8;
                return WordKind.Month;
            case "sep" or "sept" or "septembre" or "september":
                value = 9;
                return WordKind.Month;
            case "oct" or "octobre" or "october":
                value = 10;
                return WordKind.Month;
            case "nov" or "novembre" or "november":
                value = 11;
                return WordKind.Month;
            case "dec" or "decembre" or "december":
                value = 12;
                return WordKind.Month;
            case "mar":
                return WordKind.AmbiguousDayOrMonth;
            case "off" or "closed" or "ferme" or "fermee" or "fermes" or "fermees":
                value = (int)RuleModifier.Closed;
                return WordKind.Modifier;
            case "open" or "ouvert" or "ouverte":
                value = (int)RuleModifier.Open;
                return WordKind.Modifier;
            case "unknown":
                value = (int)RuleModifier.Unknown;
                return WordKind.Modifier;
            case "week" or "semaine":
                return WordKind.Week;
            case "easter" or "paques":
                return WordKind.Easter;
            case "sunrise" or "sunset" or "dawn" or "dusk":
                value = SunValue(lower);
                return WordKind.Sun;
            default:
                return WordKind.None;
        }
    }

    private static int SunValue(ReadOnlySpan<char> word) => word switch
    {
        "dawn" => (int)SunEvent.Dawn,
        "sunrise" => (int)SunEvent.Sunrise,
        "sunset" => (int)SunEvent.Sunset,
        "dusk" => (int)SunEvent.Dusk,
        _ => 0,
    };

    internal static string SunText(SunEvent e) => e switch
    {
        SunEvent.Dawn => "dawn",
        SunEvent.Sunrise => "sunrise",
        SunEvent.Sunset => "sunset",
        _ => "dusk",
    };

    private static char RemoveAccent(char c) => c switch
    {
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'à' or 'â' or 'ä' => 'a',
        'û' or 'ù' or 'ü' => 'u',
        'î' or 'ï' => 'i',
        'ô' or 'ö' => 'o',
        'ç' => 'c',
        _ => c,
    };

    internal static string ModifierText(RuleModifier modifier) => modifier switch
    {
        RuleModifier.Open => "open",
        RuleModifier.Closed => "off",
        RuleModifier.Unknown => "unknown",
        _ => string.Empty,
    };
}
