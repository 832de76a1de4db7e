"use client";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from "chart.js";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import styles from "./chart-canvas.module.css";

// Only what the views draw, so the bundle does not carry every chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type Props = {
  data: ChartData<"bar", number[], string>;
  /** Plain, serialisable options (this component is rendered from server components). */
  options?: ChartOptions<"bar">;
  /** Short description for screen readers; pair the chart with a table of its numbers. */
  label: string;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  /** Optional link per label: clicking a bar goes there (the same links belong in the text alternative). */
  links?: (string | null)[];
};

// Chart.js patches the arrays it is given; a copy keeps React's props untouched.
function copy(data: Props["data"]): Props["data"] {
  return structuredClone(data);
}

/**
 * The one chart.js wrapper: creates the chart on mount, destroys it on
 * unmount, and updates data and options in place when the props change (a
 * new filter re-renders the page with new numbers, not a new chart).
 */
export function ChartCanvas({ data, options, label, height = 240, links }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<"bar", number[], string> | null>(null);
  const linksRef = useRef(links);
  const router = useRouter();
  const initial = useRef({ data, options });

  useEffect(() => {
    linksRef.current = links;
  }, [links]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    const chart = new Chart(canvas, {
      type: "bar",
      data: copy(initial.current.data),
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : undefined,
        ...initial.current.options,
        onClick: (_event, elements) => {
          const index = elements[0]?.index;
          const href = index === undefined ? null : linksRef.current?.[index];
          if (href) router.push(href);
        },
        onHover: (event, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length && linksRef.current ? "pointer" : "default";
        },
      },
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [router]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const next = copy(data);
    chart.data.labels = next.labels;
    // Reuse dataset objects where they line up so chart.js animates from the old values.
    next.datasets.forEach((ds, i) => {
      const cur = chart.data.datasets[i];
      if (cur) Object.assign(cur, ds);
      else chart.data.datasets.push(ds);
    });
    chart.data.datasets.length = next.datasets.length;
    if (options) Object.assign(chart.options, options);
    chart.update();
  }, [data, options]);

  return (
    <div className={styles.frame} style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
