package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/evote-org/evote/chain"
	"github.com/evote-org/evote/internal/httpserver"
	"github.com/evote-org/evote/internal/metrics"
)

// staleHead is how old the head block may be before /healthz fails: the
// chain has stopped (for instance, fewer than two thirds of the
// authorities are up) or this node has fallen behind.
const staleHead = 15 * time.Second

// serveMetrics serves /healthz and the node's metrics (CometBFT's,
// go-ethereum's, the process's: chain.Node.Metrics) on addr, until the
// returned stop is called.
func serveMetrics(addr string, n *chain.Node) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("node: metrics: %w", err)
	}
	srv := httpserver.New(metrics.Handler(func(ctx context.Context) (map[string]any, error) {
		return nodeHealth(ctx, n)
	}, n.Metrics()), httpserver.Limits{}, nil)
	go srv.Serve(l)
	return func() { srv.Shutdown(context.Background()) }, nil
}

// nodeHealth is the node's role and head, and an error when the head is
// older than staleHead.
func nodeHealth(ctx context.Context, n *chain.Node) (map[string]any, error) {
	fields := map[string]any{"role": n.Role()}
	h, err := n.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return fields, err
	}
	age := time.Since(time.Unix(int64(h.Time), 0)).Round(time.Second)
	fields["head"], fields["head_age_seconds"] = h.Number.Uint64(), age.Seconds()
	if age > staleHead {
		return fields, fmt.Errorf("head %d is %v old", h.Number, age)
	}
	return fields, nil
}
