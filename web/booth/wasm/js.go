//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"syscall/js"
)

// codedError is an error with a code the page translates and, for a
// wrong code, how many more wrong codes the registrar takes from this
// voter's network (-1: it did not say).
type codedError struct {
	code string
	err  error
	left int
}

func (e *codedError) Error() string { return e.err.Error() }
func (e *codedError) Unwrap() error { return e.err }

func coded(code string, err error) error { return &codedError{code, err, -1} }

// jsError is an error as the page receives it.
func jsError(err error) js.Value {
	out := map[string]any{"error": "internal", "message": err.Error()}
	var ce *codedError
	if errors.As(err, &ce) {
		out["error"] = ce.code
		if ce.left >= 0 {
			out["left"] = ce.left
		}
	}
	return js.ValueOf(out)
}

// arg is the i-th argument as a string ("" if missing).
func arg(args []js.Value, i int) string {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return ""
	}
	return args[i].String()
}

// result is v as JSON text, or {error, message}.
func result(v any, err error) any {
	if err != nil {
		return jsError(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return jsError(err)
	}
	return string(b)
}

// promise runs f in a goroutine (it may block on the network, which the
// JavaScript event loop must keep running for) and settles a Promise with
// its JSON result or its error.
func promise(f func() (any, error)) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			defer executor.Release()
			out := result(f())
			if v, ok := out.(js.Value); ok {
				reject.Invoke(v)
				return
			}
			resolve.Invoke(out)
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}
