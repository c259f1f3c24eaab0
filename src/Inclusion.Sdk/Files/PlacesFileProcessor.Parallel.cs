using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>The rows of a CSV file checked on every core: read on one thread, checked on two, accepted in file order.</summary>
internal sealed partial class PlacesFileProcessor
{
    /// <summary>Rows per batch handed between threads.</summary>
    private const int BatchSize = 64;

    /// <summary>Batches between the reader and the caller at most (read, being checked, or checked and waiting for their turn).</summary>
    private const int BatchesInFlight = 6;

    /// <summary>The rows after the header, read and checked on the caller's thread.</summary>
    private static IEnumerable<(CheckedRow? Row, ValidationIssue? Issue)> CheckHere(IEnumerator<CsvHeader.CsvRow> rows, RowSink sink)
    {
        while (rows.MoveNext())
        {
            yield return (sink.Checker.Check(rows.Current), null);
        }
    }

    /// <summary>
    /// The rows after the header, read on a background thread and checked both on a second background thread and on the
    /// caller's thread, whichever is free; they come back in file order, with the issues met while reading them at their
    /// place (the reader's issues go to <paramref name="readerIssues"/>, redirected here into the batches). At most
    /// <see cref="BatchesInFlight"/> batches are in memory. Stopping the enumeration stops both threads and waits for them.
    /// </summary>
    private static IEnumerable<(CheckedRow? Row, ValidationIssue? Issue)> CheckInParallel(IEnumerator<CsvHeader.CsvRow> rows, IssueRedirect readerIssues, RowSink sink)
    {
        using var parsed = new BlockingCollection<(int Sequence, List<(CsvHeader.CsvRow Row, ValidationIssue? Issue)> Items)>();
        var done = new ConcurrentDictionary<int, List<(CheckedRow? Row, ValidationIssue? Issue)>>();
        using var progress = new SemaphoreSlim(0);
        using var slots = new SemaphoreSlim(BatchesInFlight);
        using var stop = new CancellationTokenSource();
        var total = -1;
        ExceptionDispatchInfo? readerFailure = null, checkerFailure = null;

        var reader = new Thread(() =>
        {
            var sequence = 0;
            var batch = new List<(CsvHeader.CsvRow Row, ValidationIssue? Issue)>(BatchSize);
            readerIssues.Target = new IssueSink(issue => batch.Add((default, issue)));
            try
            {
                while (rows.MoveNext())
                {
                    batch.Add((rows.Current, null));
                    if (batch.Count >= BatchSize)
                    {
                        Send();
                    }
                }

                Send();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                readerFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Volatile.Write(ref total, sequence);
                parsed.CompleteAdding();
                progress.Release();
            }

            void Send()
            {
                if (batch.Count == 0)
                {
                    return;
                }

                slots.Wait(stop.Token);
                parsed.Add((sequence++, batch), stop.Token);
                progress.Release();
                batch = new List<(CsvHeader.CsvRow Row, ValidationIssue? Issue)>(BatchSize);
            }
        })
        { IsBackground = true, Name = "Inclusion.Sdk places reader" };

        var checker = new Thread(() =>
        {
            var own = new RowChecker(sink);
            try
            {
                foreach (var (sequence, items) in parsed.GetConsumingEnumerable(stop.Token))
                {
                    done[sequence] = Check(own, items);
                    progress.Release();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                checkerFailure = ExceptionDispatchInfo.Capture(e);
                progress.Release();
            }
        })
        { IsBackground = true, Name = "Inclusion.Sdk places checker" };

        reader.Start();
        checker.Start();
        try
        {
            for (var next = 0; ; next++)
            {
                List<(CheckedRow? Row, ValidationIssue? Issue)>? ready;
                while (!done.TryRemove(next, out ready))
                {
                    checkerFailure?.Throw();
                    var known = Volatile.Read(ref total);
                    if (known >= 0 && next >= known)
                    {
                        break;
                    }

                    if (parsed.TryTake(out var batch))
                    {
                        done[batch.Sequence] = Check(sink.Checker, batch.Items);
                        continue;
                    }

                    progress.Wait();
                }

                if (ready is null)
                {
                    break;
                }

                foreach (var item in ready)
                {
                    yield return item;
                }

                slots.Release();
            }

            readerFailure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Join();
            checker.Join();
        }
    }

    private static List<(CheckedRow? Row, ValidationIssue? Issue)> Check(RowChecker checker, List<(CsvHeader.CsvRow Row, ValidationIssue? Issue)> items)
    {
        var result = new List<(CheckedRow? Row, ValidationIssue? Issue)>(items.Count);
        foreach (var (row, issue) in items)
        {
            result.Add(issue is null ? (checker.Check(row), null) : (null, issue));
        }

        return result;
    }

    /// <summary>An issue sink whose target can change: the reader's issues go to the report while the header is read on
    /// the caller's thread, then into the batches of the reading thread.</summary>
    private sealed class IssueRedirect(IIssueSink target) : IIssueSink
    {
        internal IIssueSink Target { get; set; } = target;

        public void Add(ValidationIssue issue) => Target.Add(issue);
    }

    private sealed class IssueSink(Action<ValidationIssue> add) : IIssueSink
    {
        public void Add(ValidationIssue issue) => add(issue);
    }
}
