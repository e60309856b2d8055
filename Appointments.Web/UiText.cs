namespace Appointments.Web;

/// <summary>Marker for the UI's strings: Resources/UiText.resx (English) and UiText.zh-CN.resx.</summary>
public sealed class UiText;
