package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/evote-org/evote/cmd/evote/internal/demo"
)

// runDemo runs a scripted whole election and prints the time and
// throughput of each stage: see package demo.
func runDemo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	var cfg demo.Config
	fs.IntVar(&cfg.Voters, "voters", 100, "voters on the roll, each registering and casting once")
	fs.IntVar(&cfg.Options, "options", 3, "options of the one question (2 to 10, select at most one)")
	fs.StringVar(&cfg.DataDir, "datadir", "", "data directory, new or empty (empty: a temporary one, removed at the end)")
	fs.IntVar(&cfg.Workers, "workers", 0, "voters registering or casting in parallel (0: 2 * GOMAXPROCS)")
	fs.Uint64Var(&cfg.Seed, "seed", 0, "seed of the voters' choices (0: random)")
	quiet := fs.Bool("quiet", false, "no progress bars on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.Voters <= 0 {
		return fmt.Errorf("--voters %d: want at least 1", cfg.Voters)
	}
	if cfg.Options < 2 || cfg.Options > 10 {
		return fmt.Errorf("--options %d: want 2 to 10", cfg.Options)
	}
	if !*quiet {
		cfg.Progress = os.Stderr
	}
	stage := func(name string) {
		if !*quiet {
			fmt.Fprintf(os.Stderr, "demo: %s\n", name)
		}
	}
	stage(fmt.Sprintf("an election of %d voters, %d options", cfg.Voters, cfg.Options))
	res, err := demo.Run(ctx, cfg)
	if res != nil {
		printResult(os.Stdout, res)
	}
	return err
}

// printResult prints the table of stages and the counts.
func printResult(w io.Writer, res *demo.Result) {
	fmt.Fprintf(w, "%-44s %8s %9s %11s\n", "stage", "count", "seconds", "per second")
	for _, s := range res.Stages {
		sec := s.Duration.Seconds()
		fmt.Fprintf(w, "%-44s %8d %9.2f %11.1f\n", s.Name, s.Count, sec, float64(s.Count)/max(sec, 1e-6))
	}
	fmt.Fprintf(w, "%-44s %8s %9.2f\n", "total", "", res.Total().Seconds())
	if res.Cast != nil {
		fmt.Fprintf(w, "cast:      %v\n", res.Cast)
	}
	if res.Counts != nil {
		fmt.Fprintf(w, "published: %v\n", res.Counts)
	}
}
