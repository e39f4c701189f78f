package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/metrics/prometheus"
	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/internal/httpserver"
)

// staleHead is how old the head block may be before /healthz fails: the
// chain has stopped (for instance, fewer than two thirds of the
// authorities are up) or this node has fallen behind.
const staleHead = 15 * time.Second

// enableMetrics turns go-ethereum's metrics on; it must run before the
// node starts, as meters made before it stay inert.
func enableMetrics(addr string) {
	if addr != "" {
		metrics.Enable()
	}
}

// serveMetrics serves /healthz and go-ethereum's metrics in the
// Prometheus format on addr, until the returned stop is called.
func serveMetrics(addr string, n *chain.Node) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", prometheus.Handler(metrics.DefaultRegistry))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		h, err := n.Client().HeaderByNumber(r.Context(), nil)
		if err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		age := time.Since(time.Unix(int64(h.Time), 0)).Round(time.Second)
		if age > staleHead {
			http.Error(w, fmt.Sprintf("head %d is %v old", h.Number, age), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "ok: %s, head %d, %v old\n", n.Role(), h.Number, age)
	})
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("node: metrics: %w", err)
	}
	srv := httpserver.New(mux, httpserver.Limits{}, nil)
	go srv.Serve(l)
	return func() { srv.Shutdown(context.Background()) }, nil
}
