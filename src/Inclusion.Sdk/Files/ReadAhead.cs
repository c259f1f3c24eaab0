using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads a file's rows on another thread while the caller's thread checks them: parsing (decoding, splitting, unescaping)
/// on one core, validation on the other. The rows and the issues met while reading them reach the caller in the order
/// they were produced, on the caller's thread, so that issue sinks need no locking and reports read as in one pass.
/// At most <c>depth</c> batches of <c>batchSize</c> rows wait between the two threads, so memory stays flat.
/// </summary>
internal static class ReadAhead
{
    /// <summary>
    /// The items of <paramref name="produce"/>, produced on a background thread: the issues it gives to the sink it is
    /// passed go to <paramref name="issues"/> at their place among the items. An exception of the producer is thrown
    /// again on the caller's thread, after the items produced before it; stopping the enumeration early stops the
    /// producer and waits for it, so that its input can be closed as soon as the enumeration is disposed.
    /// </summary>
    internal static IEnumerable<T> Run<T>(Func<IIssueSink, IEnumerable<T>> produce, IIssueSink issues, int batchSize = 128, int depth = 4)
    {
        using var queue = new BlockingCollection<List<(T? Item, ValidationIssue? Issue)>>(depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            var collector = new Collector<T>(queue, batchSize, stop.Token);
            try
            {
                foreach (var item in produce(collector))
                {
                    collector.Put(item);
                }

                collector.Send();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "Inclusion.Sdk read-ahead",
        };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var (item, issue) in batch)
                {
                    if (issue is not null)
                    {
                        issues.Add(issue);
                    }
                    else
                    {
                        yield return item!;
                    }
                }
            }

            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            while (queue.TryTake(out _))
            {
            }

            producer.Join();
        }
    }

    /// <summary>Gathers the producer's items and issues into batches and hands each full batch to the queue.</summary>
    private sealed class Collector<T>(BlockingCollection<List<(T? Item, ValidationIssue? Issue)>> queue, int batchSize, CancellationToken stop) : IIssueSink
    {
        private List<(T? Item, ValidationIssue? Issue)> batch = new(batchSize);

        public void Add(ValidationIssue issue) => Add(default, issue);

        internal void Put(T item) => Add(item, null);

        private void Add(T? item, ValidationIssue? issue)
        {
            batch.Add((item, issue));
            if (batch.Count >= batchSize)
            {
                Send();
            }
        }

        internal void Send()
        {
            if (batch.Count == 0)
            {
                return;
            }

            queue.Add(batch, stop);
            batch = new List<(T? Item, ValidationIssue? Issue)>(batchSize);
        }
    }
}
