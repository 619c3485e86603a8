using Xunit.Abstractions;

[assembly: TestCollectionOrderer("QingdaoReader.Tests.Support.LongestFirst", "QingdaoReader.Tests")]

namespace QingdaoReader.Tests.Support;

/// <summary>
/// Starts the browser collections first: they are the longest, and xunit runs two collections at a time on two cores,
/// so the many short ones then fill in beside them instead of leaving a browser collection to run alone at the end.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains("browser", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
