namespace Appointments.Domain.Catalog;

/// <summary>A business matter type (业务事项) of a district's catalogue.</summary>
public class MatterType
{
    private MatterType() { }

    public MatterType(int districtId, string code, string nameZh, string nameEn, CounterPosition position,
        ThresholdCategory category, int reviewLevels, IEnumerable<string> materials, bool isExample = false)
    {
        DistrictId = districtId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Position = position;
        Category = category;
        ReviewLevels = reviewLevels;
        Materials = string.Join('\n', materials);
        IsExample = isExample;
    }

    public int Id { get; private set; }
    public int DistrictId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public CounterPosition Position { get; private set; }
    public ThresholdCategory Category { get; private set; }

    /// <summary>0 when completed on the spot (当场办结); otherwise 2 or 3 review levels.</summary>
    public int ReviewLevels { get; private set; }

    /// <summary>The materials list (资料清单), one per line.</summary>
    public string Materials { get; private set; } = "";

    /// <summary>True for the 14 special types the seed ships as editable examples.</summary>
    public bool IsExample { get; private set; }

    public bool Active { get; private set; } = true;

    public bool RequiresReview => ReviewLevels > 0;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    public IReadOnlyList<string> MaterialList => Materials.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static MatterType Create(int districtId, MatterTypeSpec spec)
    {
        var type = new MatterType { DistrictId = districtId };
        type.Apply(spec);
        return type;
    }

    /// <summary>An edit by the district admin. Matters already declared keep what they were declared with.</summary>
    public void Apply(MatterTypeSpec spec)
    {
        Code = spec.Code.Trim().ToUpperInvariant();
        NameZh = spec.NameZh.Trim();
        NameEn = string.IsNullOrWhiteSpace(spec.NameEn) ? spec.NameZh.Trim() : spec.NameEn.Trim();
        Position = spec.Position;
        Category = spec.Category;
        ReviewLevels = spec.ReviewLevels;
        Materials = string.Join('\n', spec.Materials.Select(m => m.Trim()).Where(m => m.Length > 0));
        Active = spec.Active;
    }

    public MatterTypeSpec ToSpec() => new(Code, NameZh, NameEn, Position, Category, ReviewLevels, MaterialList, Active);
}
