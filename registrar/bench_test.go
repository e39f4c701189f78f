package registrar_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/api"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
)

// Throughput of the registrar on this machine, reproduced by
//
//	go test ./registrar -run '^$' -bench . -benchtime 2000x
//
// BenchmarkIssue is end to end: HTTP/JSON over local TCP from 16
// concurrent clients, the attempt counters, Argon2id code check
// (code.DefaultParams), durable Claim and Complete, RSA-3072 CRT
// signing. Compare its tokens/s with BenchmarkRawSign's signs/s, the
// signer alone on every core.
func BenchmarkIssue(b *testing.B) {
	for _, k := range storeKinds {
		b.Run(k.name, func(b *testing.B) { benchIssue(b, k.open(b)) })
	}
}

func benchIssue(b *testing.B, st store.Store) {
	codes := voters(b, st, b.N, code.DefaultParams)
	ids, msgs := make([]string, b.N), make([][]byte, b.N)
	for i := range b.N {
		ids[i], msgs[i] = voterID(i), randomBlinded(b)
	}
	svc := newService(b, st, registrar.Config{CodeParams: code.DefaultParams})
	rate, cpu := runParallel(b, svc, func(c *client, i int64) error {
		if r, err := c.token(ids[i], codes[ids[i]], msgs[i]); err != nil || r.Status != http.StatusOK {
			return fmt.Errorf("%s: %v %+v", ids[i], err, r.Err)
		}
		return nil
	})
	b.ReportMetric(rate, "tokens/s")
	b.ReportMetric(cpu, "cpu-ms/token")
}

// runParallel serves svc over local TCP and sends request(i) for i = 0,
// 1, ..., b.N-1 from 16 concurrent clients; it returns the requests per
// second and the CPU time per request in milliseconds.
func runParallel(b *testing.B, svc *registrar.Service, request func(c *client, i int64) error) (rate, cpuMs float64) {
	srv := httptest.NewServer(svc.Handler())
	defer srv.Close()
	c := &client{base: srv.URL, http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
	var next atomic.Int64
	b.SetParallelism(8)
	cpu0 := cpuTime()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := request(c, next.Add(1)-1); err != nil {
				b.Error(err)
				return
			}
		}
	})
	return float64(b.N) / b.Elapsed().Seconds(), float64(cpuTime()-cpu0) / float64(time.Millisecond) / float64(b.N)
}

// cpuTime is the CPU time (user and system) of this process so far: the
// registrar and its clients, not redis-server.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRawSign is the blind signer alone on every core.
func BenchmarkRawSign(b *testing.B) {
	k, m := testKey(b), randomBlinded(b)
	cpu0 := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := k.BlindSign(m); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "signs/s")
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/sign")
}

// BenchmarkGenerateCodes is code generation with code.DefaultParams on
// every core: per voter a code, its stored Argon2id hash and the voter's
// registration-log leaf (a second Argon2id of the same cost); "min/1.5M"
// is the time for the voters of Moscow, "cpu-ms/code" the CPU per voter.
func BenchmarkGenerateCodes(b *testing.B) {
	vs := make([]roll.Voter, b.N)
	for i := range vs {
		vs[i] = roll.Voter{ID: voterID(i), Name: "V"}
	}
	st := openPebble(b)
	b.ResetTimer()
	cpu0 := cpuTime()
	if err := registrar.GenerateCodes(context.Background(), testCtx.ElectionID, vs, st, &bytes.Buffer{}, registrar.CodeConfig{}); err != nil {
		b.Fatal(err)
	}
	rate := float64(b.N) / b.Elapsed().Seconds()
	b.ReportMetric(rate, "codes/s")
	b.ReportMetric(1.5e6/rate/60, "min/1.5M")
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/code")
}

// BenchmarkAuthenticate: a wrong code for a known voter and for an
// unknown voter id cost the same (one Argon2id hash with
// code.DefaultParams); compare the two ns/op.
//
//	go test ./registrar -run '^$' -bench Authenticate -count 5
func BenchmarkAuthenticate(b *testing.B) {
	st := openPebble(b)
	voters(b, st, 1, code.DefaultParams)
	a, err := registrar.NewCodeAuthenticator(st, code.DefaultParams)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, voter string }{{"known", voterID(0)}, {"unknown", "nobody"}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := a.Authenticate(context.Background(), c.voter, "0000-0000-0000"); err != registrar.ErrAuth {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGuess is an attacker's best rate of guesses against one
// registrar: wrong codes over HTTP from 16 concurrent clients, each
// request from another client address (the benchmark names clients by a
// header) so that no limit refuses it, each through both attempt
// counters and one Argon2id check (code.DefaultParams). "guesses/12h" is
// the most one registrar can check in a 12-hour election, whatever the
// number of addresses: docs/registrar-api.md bounds guessing with it.
//
//	go test ./registrar -run '^$' -bench Guess -benchtime 4000x
func BenchmarkGuess(b *testing.B) {
	for _, k := range storeKinds {
		b.Run(k.name, func(b *testing.B) { benchGuess(b, k.open(b)) })
	}
}

func benchGuess(b *testing.B, st store.Store) {
	const n = 1000
	voters(b, st, n, code.DefaultParams)
	svc := newService(b, st, registrar.Config{CodeParams: code.DefaultParams,
		ClientID: func(r *http.Request) string { return r.Header.Get("X-Bench-Client") }})
	m := randomBlinded(b)
	rate, cpu := runParallel(b, svc, func(c *client, i int64) error {
		body, _ := json.Marshal(api.TokenRequest{VoterID: voterID(int(i % n)), Code: "0000-0000-0000", BlindedMessage: m})
		client := http.Header{"X-Bench-Client": {fmt.Sprint("10.", i>>16, ".", (i>>8)&255, ".", i&255)}}
		if r, err := c.post(electionPath+"/tokens", "application/json", body, client); err != nil || r.Err.Error != "auth_failed" {
			return fmt.Errorf("guess %d: %v %d %+v", i, err, r.Status, r.Err)
		}
		return nil
	})
	b.ReportMetric(rate, "guesses/s")
	b.ReportMetric(rate*12*3600, "guesses/12h")
	b.ReportMetric(cpu, "cpu-ms/guess")
}
