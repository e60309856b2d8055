namespace Appointments.Domain.Units;

/// <summary>An employer unit (单位) of a district, with the contact who receives the portal's mail.</summary>
public class Unit
{
    private Unit() { }

    public Unit(int districtId, string code, string name, string contactName, string contactEmail)
    {
        DistrictId = districtId;
        Code = code;
        Name = name;
        ContactName = contactName;
        ContactEmail = contactEmail;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }

    /// <summary>The unit's social-insurance code (单位编号).</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
}
