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
//	signIn(voterID, code, lang)     Promise: registrar key check against the
//	                                site's (once), then the registrar's
//	                                sign-in: the code is checked, no token
//	                                asked for; {"issued"} tells whether a
//	                                token was already issued to the voter
//	prepare(choicesJSON)            Promise: the choices encrypted and proven
//	                                for the voter's pseudonym (made with its
//	                                blinding at the first ballot): the
//	                                tracker, the ballot and the "pending"
//	                                sign-in to keep before token is called
//	audit()                         Benaloh challenge of the prepared ballot:
//	                                reveals and checks its opening, then
//	                                discards the ballot (never cast it)
//	resume(pending, ballot)         Promise: a pending sign-in and its ballot
//	                                kept on the device, taken back after the
//	                                page was closed during a cast
//	token(code, lang)               Promise: the pending sign-in's blinded
//	                                message sent, the token unblinded and
//	                                checked, the ballot signed: the cast as
//	                                the relay's request fields, with its
//	                                tracker
//
// Errors reject (or are returned) as {error: code, message: text}; the
// page shows its own sentence for each code. Everything used here works
// in a worker's global scope as in a page's: fetch, dispatchEvent.
//
// The openings stay in this module's memory; an audited ballot's opening
// is handed out, which is the point of the audit. The pending sign-in
// (pseudonym key and blinding) is handed to the page in prepare's
// "pending", which the page keeps on the device, encrypted under a key
// derived from the voting code, before it asks for the token: the
// registrar signs once per voter, so a closed page that lost the key would
// lose the vote. The site (web/site) builds this command and serves it
// with Subresource Integrity; the worker fetches it with that hash.
package main

import "syscall/js"

func main() {
	s := &session{}
	js.Global().Set("evoteBooth", js.ValueOf(map[string]any{
		"load": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.load(arg(args, 0), arg(args, 1), arg(args, 2)) })
		}),
		"signIn": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.signIn(arg(args, 0), arg(args, 1), arg(args, 2)) })
		}),
		"prepare": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.prepare(arg(args, 0)) })
		}),
		"audit": js.FuncOf(func(_ js.Value, _ []js.Value) any { return result(s.audit()) }),
		"resume": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.resume(arg(args, 0), arg(args, 1)) })
		}),
		"token": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(func() (any, error) { return s.token(arg(args, 0), arg(args, 1)) })
		}),
	}))
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("evoteBoothReady"))
	select {}
}
