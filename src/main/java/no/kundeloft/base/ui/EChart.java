package no.kundeloft.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart, loaded at runtime from its webjar so no front-end build is needed. The
 * option is ECharts' own JSON; the chart follows the size of its element.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private String option = "{}";

    public EChart() {
        addClassName("echart");
    }

    /** Shows the chart described by an ECharts option written as JSON. */
    public void setOption(String optionJson) {
        this.option = optionJson;
        render();
    }

    public String getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        render();
    }

    private void render() {
        getElement()
                .executeJs(
                        """
                const el = this;
                if (!window.echarts) { return; }
                if (!el.$chart) {
                  el.$chart = echarts.init(el);
                  new ResizeObserver(() => el.$chart.resize()).observe(el);
                }
                el.$chart.setOption(JSON.parse($0), true);""",
                        option);
    }

    /** A JSON string literal. */
    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
