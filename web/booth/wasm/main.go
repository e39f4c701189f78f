//go:build js && wasm

// Command wasm is the voter's booth compiled to WebAssembly
// (GOOS=js GOARCH=wasm): it exposes package booth to JavaScript as the
// global object evoteBooth. It runs in the booth page's worker
// (web/site/static/booth-worker.js), so that the page never freezes; the
// page calls the methods through the worker's messages. They are
//
//	load(electionJSON, registrar, relay)
//	                                Promise: the site's /api/election answer
//	                                and the registrar's and the relay's base
//	                                URLs the page names; checks that the
//	                                manifest's hash is the election id and
//	                                that the relay's GET /v1/election has
//	                                the same context, registrar key and
//	                                election key
//	begin(voterID, pending, lang)   Promise: registrar key check against the
//	                                site's (once), then the pseudonym key and
//	                                blinded token message for voterID: the
//	                                saved "pending" of an earlier begin if
//	                                valid and the same voter's, else fresh;
//	                                its "pending" is to keep before register
//	                                is called
//	register(voterID, code, lang)   Promise: begin's blinded message sent,
//	                                blind token unblinded and checked; its
//	                                "saved" is the credential to keep for
//	                                restore
//	restore(saved)                  a credential saved before a reload, whose
//	                                token is checked against the key on chain
//	prepare(choicesJSON)            Promise: the encrypted, proven, signed cast
//	                                as the relay's request fields, with its
//	                                tracker code
//	audit()                         Benaloh challenge of the prepared ballot:
//	                                reveals and checks its opening, then
//	                                discards the ballot (never cast it)
//
// Errors reject (or are returned) as {error: code, message: text}; the
// page shows its own sentence for each code. Everything used here works
// in a worker's global scope as in a page's: fetch, dispatchEvent.
//
// The openings stay in this module's memory; an audited ballot's opening
// is handed out, which is the point of the audit. The pseudonym key is
// handed to the page once, in register's "saved", which the page keeps in
// the tab's sessionStorage until the ballot is cast: the registrar signs
// once per voter, so a reload that lost the key would lose the vote. The
// site (web/site) builds this command and serves it with Subresource
// Integrity; the worker fetches it with that hash.
package main

import "syscall/js"

func main() {
	s := &session{}
	js.Global().Set("evoteBooth", js.ValueOf(map[string]any{
		"load": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.load(arg(args, 0), arg(args, 1), arg(args, 2)) })
		}),
		"begin": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.begin(arg(args, 0), arg(args, 1), arg(args, 2)) })
		}),
		"register": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.register(arg(args, 0), arg(args, 1), arg(args, 2)) })
		}),
		"prepare": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.prepare(arg(args, 0)) })
		}),
		"audit":   js.FuncOf(func(_ js.Value, _ []js.Value) any { return result(s.audit()) }),
		"restore": js.FuncOf(func(_ js.Value, args []js.Value) any { return result(s.restore(arg(args, 0))) }),
	}))
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("evoteBoothReady"))
	select {}
}
