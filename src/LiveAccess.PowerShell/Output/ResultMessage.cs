namespace LiveAccess;

/// <summary>A coded message: a reason, a remediation, a warning or a condition.</summary>
public sealed class ResultMessage
{
    /// <summary>Creates a message.</summary>
    public ResultMessage(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>Stable, machine-readable code, e.g. individual-entity.</summary>
    public string Code { get; }
    /// <summary>The text in the chosen language.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
