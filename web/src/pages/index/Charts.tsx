// ECharts, only in this chunk: a gauge of the total and bars of the groups. The figures are also
// in the tables beside them (the charts are images with a text summary).
import { BarChart, GaugeChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([GaugeChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

function useChart(option: echarts.EChartsCoreOption) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current, undefined, { renderer: "canvas" });
    const resize = () => chart.current?.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: false });
  }, [option]);
  return el;
}

const FONT = { fontFamily: '"Segoe UI", "Noto Sans", Roboto, Arial, sans-serif' };

export function Gauge({
  value,
  max,
  label,
  format,
}: {
  value: number;
  max: number;
  label: string;
  format(n: number): string;
}) {
  const el = useChart({
    animation: false,
    textStyle: FONT,
    series: [
      {
        type: "gauge",
        min: 0,
        max,
        radius: "100%",
        center: ["50%", "62%"],
        startAngle: 200,
        endAngle: -20,
        progress: { show: true, width: 18, itemStyle: { color: "#0d4a85" } },
        axisLine: { lineStyle: { width: 18, color: [[1, "#e3e7ec"]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          offsetCenter: [0, "0%"],
          fontSize: 36,
          fontWeight: 700,
          color: "#1b1f24",
          formatter: format,
        },
        data: [{ value }],
      },
    ],
  });
  return <div ref={el} className="chart chart-gauge" role="img" aria-label={label} />;
}

export function GroupBars({
  groups,
  label,
  format,
}: {
  groups: { name: string; score: number; max: number }[];
  label: string;
  format(n: number): string;
}) {
  const el = useChart({
    animation: false,
    textStyle: FONT,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: {
      type: "value",
      max: "dataMax",
      axisLabel: { color: "#4f5763" },
      splitLine: { lineStyle: { color: "#eceff3" } },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: groups.map((g) => g.name),
      axisLabel: { color: "#1b1f24", width: 220, overflow: "break" },
    },
    series: [
      {
        type: "bar",
        name: "max",
        data: groups.map((g) => g.max),
        barGap: "-100%",
        itemStyle: { color: "#e3e7ec" },
        silent: true,
        barWidth: 18,
      },
      {
        type: "bar",
        name: "score",
        data: groups.map((g) => Number(g.score.toFixed(2))),
        itemStyle: { color: "#0d4a85" },
        barWidth: 18,
        label: {
          show: true,
          position: "right",
          color: "#1b1f24",
          formatter: (p: { value: number; dataIndex: number }) =>
            `${format(p.value)} / ${groups[p.dataIndex].max}`,
        },
      },
    ],
  });
  return (
    <div
      ref={el}
      className="chart chart-bars"
      role="img"
      aria-label={label}
      style={{ height: `${Math.max(160, groups.length * 44)}px` }}
    />
  );
}
