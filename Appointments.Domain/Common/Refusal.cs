namespace Appointments.Domain.Common;

/// <summary>An expected "no" (slot full, below threshold…): a message key in <see cref="DomainText"/> and its arguments.</summary>
public sealed record Refusal(string Code, params object[] Args)
{
    public string Message => DomainText.Format(Code, Args);

    public override string ToString() => Message;
}
