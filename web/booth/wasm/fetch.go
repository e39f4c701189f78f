//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"

	"github.com/evote-org/evote/web/booth"
)

// fetch is a booth.Send over the browser's fetch: the module links no
// net/http, which would more than double its size. The registrar and the
// relay are other origins than the page's (CORS); no credentials (cookies)
// are ever sent.
func fetch(ctx context.Context, method, url string, body []byte, lang string) (int, []byte, error) {
	headers := map[string]any{}
	opts := map[string]any{"method": method, "headers": headers, "credentials": "omit", "cache": "no-store"}
	if body != nil {
		headers["Content-Type"] = "application/json"
		opts["body"] = string(body)
	}
	if lang != "" {
		headers["Accept-Language"] = lang
	}
	resp, err := await(ctx, js.Global().Call("fetch", url, opts))
	if err != nil {
		return 0, nil, err
	}
	text, err := await(ctx, resp.Call("text"))
	if err != nil {
		return 0, nil, err
	}
	reply := []byte(text.String())
	return resp.Get("status").Int(), reply[:min(len(reply), booth.MaxReply)], nil
}

// await waits for a JavaScript promise to settle, or for ctx to end
// (then the callbacks stay registered: the promise may still call them).
func await(ctx context.Context, p js.Value) (js.Value, error) {
	done := make(chan js.Value, 1)
	failed := make(chan error, 1)
	resolve := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- args[0]
		return nil
	})
	reject := js.FuncOf(func(_ js.Value, args []js.Value) any {
		failed <- errors.New("booth: fetch: " + args[0].Call("toString").String())
		return nil
	})
	p.Call("then", resolve, reject)
	release := func() { resolve.Release(); reject.Release() }
	select {
	case v := <-done:
		release()
		return v, nil
	case err := <-failed:
		release()
		return js.Undefined(), err
	case <-ctx.Done():
		return js.Undefined(), ctx.Err()
	}
}
