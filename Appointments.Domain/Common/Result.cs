namespace Appointments.Domain.Common;

/// <summary>The outcome of an operation that can be refused for a business reason (STYLE.md habit 3).</summary>
public class Result
{
    protected Result(Refusal? refusal) => Refusal = refusal;

    public Refusal? Refusal { get; }
    public bool Succeeded => Refusal is null;
    public string? Message => Refusal?.Message;

    public static Result Ok() => new(null);
    public static Result Refuse(string code, params object[] args) => new(new Refusal(code, args));
    public static Result<T> Ok<T>(T value) => Result<T>.From(value);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, Refusal? refusal) : base(refusal) => _value = value;

    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"Refused: {Refusal}");

    public static Result<T> From(T value) => new(value, null);
    public static new Result<T> Refuse(string code, params object[] args) => new(default, new Refusal(code, args));
    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal);
}
