namespace LiveAccess.Core.Inventory.Decoding;

/// <summary>Encodings by the names users know from their editors (UTF-8, GB18030, UTF-16LE...).</summary>
internal static class EncodingNames
{
    public static string Display(System.Text.Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        54936 => "GB18030",
        936 => "GBK",
        1200 => "UTF-16LE",
        1201 => "UTF-16BE",
        12000 => "UTF-32LE",
        12001 => "UTF-32BE",
        _ => encoding.WebName,
    };
}
