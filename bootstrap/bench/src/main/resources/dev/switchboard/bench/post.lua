-- wrk script for ./switchboard bench: posts one non-streaming chat completion per request.
-- The bench sets BENCH_BODY to the same JSON body its own clients send (the model name differs between the
-- direct and the gateway runs only by the gateway's provider prefix).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = os.getenv("BENCH_BODY")
