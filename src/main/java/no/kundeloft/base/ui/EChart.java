package no.kundeloft.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart, loaded at runtime from its webjar so no front-end build is needed. The
 * option is ECharts' own JSON; the chart follows the size of its element.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/dist/echarts.min.js")
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

    @Override
    protected void onDetach(DetachEvent event) {
        getElement()
                .executeJs(
                        "if (this.$resize) { this.$resize.disconnect(); }"
                                + " if (this.$chart) { this.$chart.dispose(); this.$chart = null; }");
        super.onDetach(event);
    }

    /**
     * Draws the option; value axes and tooltips write numbers in the user's language ("1 500 000"
     * in bokmål), which JSON alone cannot say.
     */
    private void render() {
        getElement()
                .executeJs(
                        """
                const el = this;
                if (!window.echarts) { return; }
                if (!el.$chart) {
                  el.$chart = echarts.init(el);
                  el.$resize = new ResizeObserver(() => el.$chart && el.$chart.resize());
                  el.$resize.observe(el);
                }
                const number = v => (v === null || v === undefined || v === '') ? '–'
                    : Number(v).toLocaleString($1, {maximumFractionDigits: 1});
                const option = JSON.parse($0);
                [].concat(option.xAxis || [], option.yAxis || [])
                    .filter(axis => axis.type === 'value')
                    .forEach(axis => axis.axisLabel = Object.assign({formatter: number}, axis.axisLabel));
                if (option.tooltip && !option.tooltip.valueFormatter) {
                  option.tooltip.valueFormatter = number;
                }
                el.$chart.setOption(option, true);""",
                        option,
                        getLocale().toLanguageTag());
    }
}
