package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/evote-org/evote/cmd/evote/internal/bench"
)

// runBench runs the benchmarks of a whole election:
//
//	evote bench election --dir DIR --voters N [--options K] [--sample S] [--relays R] [--generate-only] [--profiles DIR]
//	evote bench plot --in DIR/run/ingest.csv --out ingest.svg
func runBench(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("bench: election or plot")
	}
	switch args[0] {
	case "election":
		return benchElection(ctx, args[1:])
	case "plot":
		return benchPlot(args[1:])
	}
	return fmt.Errorf("bench: unknown benchmark %q (election or plot)", args[0])
}

func benchElection(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench election", flag.ContinueOnError)
	var cfg bench.Config
	fs.StringVar(&cfg.Dir, "dir", "", "the benchmark's directory: its keys and voters file are made on the first run and reused, its run/ is made anew")
	fs.IntVar(&cfg.Voters, "voters", 10000, "voters, each casting once")
	fs.IntVar(&cfg.Options, "options", 5, "options of the one question (2 to 10, select at most one)")
	fs.IntVar(&cfg.Sample, "sample", 100, "voters who register over the registrar's HTTP API and prepare their ballots as a booth does")
	fs.IntVar(&cfg.Relays, "relays", 2, "relays the casts go through")
	fs.IntVar(&cfg.Workers, "workers", 0, "casts sent at once (0: 32 * GOMAXPROCS)")
	fs.DurationVar(&cfg.MaxDelay, "max-delay", 0, "the relays' --max-delay (0: their default; -1ns: off)")
	fs.BoolVar(&cfg.GenerateOnly, "generate-only", false, "stop once the voters file holds the voters")
	fs.StringVar(&cfg.Profiles, "profiles", "", "write a CPU profile of each stage and the Go heap at its end into this directory")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.Dir == "" {
		return fmt.Errorf("--dir is required")
	}
	if !*quiet {
		cfg.Progress = os.Stderr
	}
	res, err := bench.Run(ctx, cfg)
	if res != nil {
		printBench(os.Stdout, res)
	}
	return err
}

// printBench prints the stages, the disk and the bytes of a ballot.
func printBench(w io.Writer, res *bench.Result) {
	fmt.Fprintln(w, "every role runs in this one process: CPU and peak memory are the process's")
	bench.PrintStages(w, res.Stages)
	fmt.Fprintf(w, "voters made by this run: %d\n", res.Generated)
	for _, d := range res.Disk {
		fmt.Fprintf(w, "disk: %-34s %12d bytes\n", d.Name, d.Bytes)
	}
	if b := res.Bytes; b != nil {
		fmt.Fprintf(w, "a cast: transaction %d bytes (calldata %d), log %d bytes, %d gas; chain directory %d bytes per ballot\n",
			b.Tx, b.Calldata, b.Log, b.Gas, b.Disk)
	}
	if res.Cast != nil {
		fmt.Fprintf(w, "cast:      %v\n", res.Cast)
	}
	if res.Counts != nil {
		fmt.Fprintf(w, "published: %v\n", res.Counts)
	}
	fmt.Fprintf(w, "run: %s (ingest.csv: ballots on chain every second)\n", res.Run)
}

func benchPlot(args []string) error {
	fs := flag.NewFlagSet("bench plot", flag.ContinueOnError)
	in := fs.String("in", "", "ingest.csv of a run")
	out := fs.String("out", "", "the SVG to write")
	title := fs.String("title", "Chain ingest", "the plot's title")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *in == "" || *out == "" {
		return fmt.Errorf("--in and --out are required")
	}
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	defer f.Close()
	svg, err := bench.Plot(f, *title)
	if err != nil {
		return err
	}
	return os.WriteFile(*out, svg, 0o644)
}
