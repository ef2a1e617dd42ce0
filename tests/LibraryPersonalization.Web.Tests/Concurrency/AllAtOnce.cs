namespace LibraryPersonalization.Web.Tests.Concurrency;

public static class AllAtOnce
{
    /// <summary>Starts every post, then releases them together so they hit the app at the same moment.</summary>
    public static async Task<HttpResponseMessage[]> PostAsync(IEnumerable<Func<Task<HttpResponseMessage>>> posts, int racers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = posts.Select(post => Task.Run(async () =>
        {
            await gate.Task;
            return await post();
        })).ToList();
        Assert.True(running.Count >= racers, $"Only {running.Count} posts in the race");
        gate.SetResult();
        return await Task.WhenAll(running);
    }
}
