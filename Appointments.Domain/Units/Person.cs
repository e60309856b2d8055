namespace Appointments.Domain.Units;

/// <summary>An individual who pays their own contributions and comes with their social security card.</summary>
public class Person
{
    private Person() { }

    public Person(int districtId, string name, string idNumber, DateTime nowUtc)
    {
        DistrictId = districtId;
        Name = name.Trim();
        IdNumber = idNumber.Trim().ToUpperInvariant();
        RegisteredAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The resident identity card number (公民身份号码).</summary>
    public string IdNumber { get; private set; } = "";
    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>The number shown on screens: the last four characters only.</summary>
    public string MaskedIdNumber => IdNumber.Length > 4 ? new string('*', IdNumber.Length - 4) + IdNumber[^4..] : IdNumber;
}
