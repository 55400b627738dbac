package nl.berichtenbatch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When {@code serve} runs the job.
 *
 * @param cron        Spring cron expression (second minute hour day month weekday) of the nightly run
 * @param pollSeconds optional interval for daytime runs in between; 0 = only the cron
 */
@ConfigurationProperties("berichtenbatch.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("0") int pollSeconds) {

    public ScheduleProperties {
        if (pollSeconds < 0) {
            throw new IllegalArgumentException("berichtenbatch.schedule.poll-seconds must be 0 or more");
        }
    }
}
