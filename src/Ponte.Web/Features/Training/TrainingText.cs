namespace Ponte.Web.Features.Training;

/// <summary>Marker of the training texts (Resources/Features/Training/TrainingText.*.resx).</summary>
public sealed class TrainingText;
