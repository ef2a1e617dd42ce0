namespace LibraryPersonalization.Domain.Catalog;

/// <summary>ISBN-10 and ISBN-13 as people type them (hyphens, spaces, a final X), kept as the 13-digit form.</summary>
public static class Isbn
{
    /// <summary>The ISBN-13 for <paramref name="text"/> when it is a valid ISBN-10 or ISBN-13 with its check digit.</summary>
    public static bool TryNormalize(string? text, out string isbn13)
    {
        isbn13 = string.Empty;
        var compact = new string((text ?? string.Empty).Where(character => character is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        if (compact.Length == 13 && compact.All(char.IsAsciiDigit) && CheckDigit13(compact.AsSpan(0, 12)) == compact[12])
        {
            isbn13 = compact;
            return true;
        }

        if (compact.Length == 10 && compact.Take(9).All(char.IsAsciiDigit) && CheckDigit10(compact.AsSpan(0, 9)) == compact[9])
        {
            var body = "978" + compact[..9];
            isbn13 = body + CheckDigit13(body);
            return true;
        }

        return false;
    }

    private static char CheckDigit13(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var index = 0; index < 12; index++)
        {
            sum += (first12[index] - '0') * (index % 2 == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static char CheckDigit10(ReadOnlySpan<char> first9)
    {
        var sum = 0;
        for (var index = 0; index < 9; index++)
        {
            sum += (first9[index] - '0') * (10 - index);
        }

        var check = (11 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
