import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the flood of {@code bench/run.sh} as one PNG: requests per second and resident memory over time, one line
 * per server, so that a flat line (or one that is not) is read at a glance. Run with Java's single-file launcher
 * and XChart on the class path (the script fetches it from Maven Central):
 * {@code java -cp xchart.jar bench/tools/FloodChart.java OUT.png TITLE LABEL=flood.tsv...}.
 *
 * <p>Each TSV has a header line and the columns {@code t_s rps p99_ms non2xx timeouts socket_errors rss_mb ...}.
 */
public final class FloodChart {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 360;

  /** One server's flood: seconds since its start, req/s and RSS in MB at each. */
  private record Series(String label, List<Double> seconds, List<Double> rps, List<Double> rssMb) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java -cp xchart.jar FloodChart.java OUT.png TITLE LABEL=FILE.tsv...");
      System.exit(2);
    }
    List<Series> servers = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      servers.add(read(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1))));
    }
    XYChart throughput = chart(args[1] + ": requests per second", "req/s");
    XYChart memory = chart("Resident memory (RSS) of the server process", "MB");
    for (Series server : servers) {
      if (server.seconds().isEmpty()) {
        continue;
      }
      line(throughput.addSeries(server.label(), server.seconds(), server.rps()));
      line(memory.addSeries(server.label(), server.seconds(), server.rssMb()));
    }
    BitmapEncoder.saveBitmap(List.of(throughput, memory), 2, 1, args[0], BitmapEncoder.BitmapFormat.PNG);
  }

  private static XYChart chart(String title, String yAxis) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("seconds of flood").yAxisTitle(yAxis).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    return chart;
  }

  private static void line(XYSeries series) {
    series.setMarker(SeriesMarkers.NONE);
  }

  private static Series read(String label, Path tsv) throws IOException {
    List<Double> seconds = new ArrayList<>();
    List<Double> rps = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] columns = line.split("\t");
      if (columns.length < 7) {
        continue;
      }
      seconds.add(Double.parseDouble(columns[0]));
      rps.add(Double.parseDouble(columns[1]));
      rss.add(Double.parseDouble(columns[6]));
    }
    return new Series(label, seconds, rps, rss);
  }
}
