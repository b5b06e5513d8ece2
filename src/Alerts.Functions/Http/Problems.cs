using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Functions.Http;

/// <summary>Errors as application/problem+json (RFC 9457), with a message per invalid field.</summary>
internal static class Problems
{
    public static ObjectResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Result(new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Title = "The request is invalid.",
            Status = StatusCodes.Status400BadRequest,
        });

    public static ObjectResult Status(int status, string title, string? detail = null) =>
        Result(new ProblemDetails { Title = title, Status = status, Detail = detail });

    private static ObjectResult Result(ProblemDetails problem)
    {
        var result = new ObjectResult(problem) { StatusCode = problem.Status };
        result.ContentTypes.Add("application/problem+json");
        return result;
    }
}
