using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Appointments.Bench;

/// <summary>One figure of a scenario, beside its in-run baseline, with the target it is held to.</summary>
public sealed record Row(string Scenario, string Metric, double Value, string Unit, string? Baseline, double? BaselineValue,
    double? Ratio, string Target, bool? Met, string? Note = null);

public sealed class Report(bool smoke)
{
    private readonly List<Row> _rows = [];

    public IReadOnlyList<Row> Rows => _rows;

    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, " +
        $"{RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";

    public void Add(Row row)
    {
        _rows.Add(row);
        Console.WriteLine($"  {row.Scenario,-22} {row.Metric,-34} {Fmt(row.Value),10} {row.Unit,-8} {row.Baseline ?? "",-30} {(row.BaselineValue is { } b ? Fmt(b) : ""),10} {(row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : ""),8}  {row.Target,-22} {(row.Met is null ? "" : row.Met.Value ? "met" : "MISSED")} {row.Note}");
    }

    public void PrintHeader(string data)
    {
        Console.WriteLine($"Appointments benchmark ({(smoke ? "smoke: small data, short runs; targets not judged" : "full")})");
        Console.WriteLine($"machine: {Machine}");
        Console.WriteLine($"data: {data}");
        Console.WriteLine($"  {"scenario",-22} {"metric",-34} {"value",10} {"unit",-8} {"baseline",-30} {"value",10} {"ratio",8}  {"target",-22} result");
    }

    public void Save(string path, string data)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var json = JsonSerializer.Serialize(new { smoke, machine = Machine, data, at = DateTime.UtcNow, rows = _rows },
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path, json);
        Console.WriteLine($"figures written to {Path.GetFullPath(path)}");
    }

    private static string Fmt(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
